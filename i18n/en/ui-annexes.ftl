# English: the annexes screen (src/i18n/ui/annexes.rs).

ui-annexes-title = Contract annexes
ui-annexes-intro = Choose the annexes, language, status and version, and print them as a PDF to sign.
ui-annexes-annexes = Annexes
ui-annexes-all = All
ui-annexes-none = None
ui-annexes-language = Language
ui-annexes-status = Status
ui-annexes-version = Version
ui-annexes-version-hint = e.g. 1.0
ui-annexes-include-closed = Closed risks in the risk register too
ui-annexes-export = Print PDF…
ui-annexes-exporting = Making the PDF…
ui-annexes-open = Open PDF
ui-annexes-nothing-chosen = Choose at least one annex.
ui-annexes-cancelled = No file chosen; nothing was written.
ui-annexes-contents = Several annexes print as one file with a contents page.
ui-annexes-written = Wrote { $path } ({ $kb } kB).
ui-annexes-annex-label = Annex { $number }
ui-annexes-cannot-open = Could not open { $path }: { $reason }. Open it from the file manager.
