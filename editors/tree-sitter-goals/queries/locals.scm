; Ids are global across a workspace; within one file, an item's id is a
; definition and every `parent:`, `supports:` or log line naming it a
; reference.
(source_file) @local.scope

(id) @local.definition

(reference) @local.reference
