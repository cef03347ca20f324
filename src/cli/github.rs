//! `--format github`: GitHub Actions workflow commands, which the runner
//! turns into annotations on the lines of a pull request.

use std::io::Write;

use crate::analysis::Workspace;
use crate::diagnostic::{Diagnostic, Severity};
use crate::i18n::Lang;

/// Escapes a message (`%`, line breaks) for a workflow command.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value, where `:` and `,` are separators too.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn write(
    out: &mut impl Write,
    workspace: &Workspace,
    diagnostics: &[Diagnostic],
    lang: Lang,
) -> std::io::Result<()> {
    for d in diagnostics {
        let (line, col) = super::position(workspace, d.file, d.range.start);
        let (end_line, end_col) = super::position(workspace, d.file, d.range.end);
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        writeln!(
            out,
            "::{command} file={},line={line},col={col},endLine={end_line},endColumn={end_col},title={}::{}",
            escape_property(&workspace.file(d.file).name),
            escape_property(&format!("{} {}", d.code.code, d.code.name)),
            // A message quoting the file shows its bidirectional controls,
            // never obeys them; the file name must stay the file's.
            escape_data(&super::style::escape_bidi(&d.message.render(lang))),
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(escape_data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
    }
}
