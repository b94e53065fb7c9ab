//! Interface texts of the risks screen in Finnish, Swedish and English.
