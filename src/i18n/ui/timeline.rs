//! Interface texts of the timeline screen in Finnish, Swedish and English.
