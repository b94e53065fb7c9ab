# English: the application's own path dialog (src/i18n/ui/paths.rs).

ui-paths-title-open = Open a plan
ui-paths-title-save = Save the plan as
ui-paths-title-export = Save the annexes as a PDF file
ui-paths-title-import-sheet = Import a spreadsheet (xlsx, ods or csv)
ui-paths-title-export-sheet = Export as a spreadsheet (xlsx, ods or csv)
ui-paths-title-other-version = Choose another version of the plan (.ron)
ui-paths-title-base-version = Choose the common base version (.ron)
ui-paths-no-portal = The system's file chooser is not available (no desktop file portal was found). Type the file's path; Tab completes.
ui-paths-dialog-failed = The system's file chooser did not open. Type the file's path; Tab completes.
ui-paths-path = File path
ui-paths-choose = Choose
ui-paths-cancel = Cancel
ui-paths-is-folder = The path is a folder: add the file's name after it.
ui-paths-empty-name = Type the file's path.
ui-paths-completions = In the folder:
ui-paths-not-found = No such file: { $path }
ui-paths-no-folder = No such folder: { $folder }
ui-paths-no-viewer = The PDF could not be opened: the system has no PDF viewer, or it did not start. The file is saved: { $path }
