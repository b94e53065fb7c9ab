# English: the errors of making the contract annexes (src/annex.rs).

annex-error-font = The bundled font cannot be read. Reinstall Allianssi.
annex-error-render = The PDF could not be made. Try again; if it happens again, report it.
annex-error-nothing-chosen = No annex is chosen. Choose at least one annex.
annex-error-no-such-annex = The plan has no annex “{ $annex }”. Give the annex's number or all.
annex-error-write = Cannot write { $path }: { $reason }. Choose another folder.
