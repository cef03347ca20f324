# import

## src/import/number.rs

import-not-number = `{ $text }` n'est pas un nombre
