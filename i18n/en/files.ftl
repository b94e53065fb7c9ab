# English: the file-safety dialogs and banners (src/app/files/dialogs.rs).

files-locked-title = The plan is in use by someone else
files-stale-title = The plan was left locked
files-open-read-only = Open read-only
files-open-copy = Open as a copy
files-take-over = Take over the lock
files-cancel = Cancel
files-changed-title = The file has changed on disk
files-changed-body = Someone else or another program has saved the file since you opened or saved it. If you overwrite it, their changes are lost. Your work is still in the application.
files-overwrite = Overwrite the file
files-save-elsewhere = Save As…
files-holder-someone = someone else
files-holder = { $user } on { $host } (process { $pid }, since { $when })
files-locked-body-stale = { $file } was locked by { $who }, but that program is no longer running (it may have crashed). You can take over the lock and edit, open the file read-only, or open a copy.
files-locked-body = { $file } is open for editing: { $who }. You can open it read-only, or open a copy to save under another name.
files-locked-banner = Read-only: the file is open for editing ({ $who }). Save changes to a file of your own (Save As).
