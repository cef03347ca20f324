# A pseudo-locale, for tests only: it shows that a language is only new
# .ftl files. Messages it lacks fall back to English.

cli-count-files = { $count ->
    [one] [{ $count } ƒîļé]
   *[other] [{ $count } ƒîļéš]
}
cli-summary-clean = [Ñö þŕöбļéɱš ƒöûñð îñ { $files }.]
