//! Interface texts of the parties screen in Finnish, Swedish and English.
