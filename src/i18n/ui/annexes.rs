//! Interface texts of the annexes screen in Finnish, Swedish and English.
