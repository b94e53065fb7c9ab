//! The words of the PDF annexes in Finnish, Swedish and English (headings, labels, page header).
