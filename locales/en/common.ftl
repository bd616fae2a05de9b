# Counts shared by the command line and the app.
count-errors = { $n ->
    [one] { $n } error
   *[other] { $n } errors
}
count-warnings = { $n ->
    [one] { $n } warning
   *[other] { $n } warnings
}
count-slides = { $n ->
    [one] { $n } slide
   *[other] { $n } slides
}
