# Finnish: texts of the parties and services screen (src/screen/parties.rs). This catalogue defines the keys.

# The name of a new row (numbered when the name is taken).
parties-screen-new-party = Uusi osapuoli
parties-screen-new-service = Uusi palvelu
