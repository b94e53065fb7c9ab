# English: texts of the parties and services screen (src/screen/parties.rs).

# The name of a new row (numbered when the name is taken).
parties-screen-new-party = New party
parties-screen-new-service = New service
