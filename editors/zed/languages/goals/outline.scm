; The outline (and breadcrumbs) of a .goals file: its items and stages,
; each shown as its keyword and id.
(objective
  keyword: (keyword) @context
  id: (id) @name) @item
(key_result
  keyword: (keyword) @context
  id: (id) @name) @item
(activity
  keyword: (keyword) @context
  id: (id) @name) @item
(funnel
  keyword: (keyword) @context
  id: (id) @name) @item
(stage
  keyword: (keyword) @context
  id: (id) @name) @item
