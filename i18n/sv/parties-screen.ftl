# Swedish: texts of the parties and services screen (src/screen/parties.rs).

# The name of a new row (numbered when the name is taken).
parties-screen-new-party = Ny part
parties-screen-new-service = Ny tjänst
