//! Interface texts of the budget screen in Finnish, Swedish and English.
