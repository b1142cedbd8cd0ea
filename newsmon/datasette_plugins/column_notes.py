"""Fold the column descriptions on table pages into a "What the columns mean" summary.

Datasette 0.65 lists every described column above the table, which pushes
the search box and the rows below the fold on every visit. Folded, the notes
stay one click away.
"""
from datasette import hookimpl

FOLD_SCRIPT = """
document.querySelectorAll("dl.column-descriptions").forEach(function (notes) {
  var fold = document.createElement("details");
  fold.className = "column-notes";
  var summary = document.createElement("summary");
  summary.textContent = "What the columns mean";
  fold.appendChild(summary);
  notes.parentNode.insertBefore(fold, notes);
  fold.appendChild(notes);
});
"""


@hookimpl
def extra_body_script(view_name):
    if view_name == "table":
        return FOLD_SCRIPT
    return None
