#!/usr/bin/env python3
"""Brings rule declarations of the old form — `pub const CODE: Code = Code
{ … }` with `Text { en, fr }` prose and `\\n`-laden examples — to the
`declare_rule!` form, their prose in locales/{en,fr}/rules.ftl.

For branches started before the rules were declared with `declare_rule!`:

    python3 scripts/declare-rule.py
        converts every file under src/rules/*/ and src/diagnostic/codes/
        still in the old form (a rule the branch added).
    python3 scripts/declare-rule.py --from BRANCH
        also takes, for every rule file of the work tree already in the new
        form, the prose and examples BRANCH gives it in the old form: after
        `git merge BRANCH`, resolve each conflict in a `CODE` declaration
        with the new form (`declare_rule!`), then run this.

A code's prose already in rules.ftl is replaced, else added at the end of
its family's group. Only the declaration, the `use crate::diagnostic::…`
line and rules.ftl change; checks and tests are left alone. Then run
`cargo test --test rules --test docs` (GOALIE_UPDATE_DOCS=1 for the pages).
"""

import glob
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAMILIES = ['structure', 'specific', 'measurable', 'achievable', 'relevant',
            'time_bound', 'okr', 'review']
GROUPS = {  # the `##` heading of each family in rules.ftl, en and fr
    'structure': ('structure', 'structure'),
    'specific': ('S — specific', 'S — spécifique'),
    'measurable': ('M — measurable', 'M — mesurable'),
    'achievable': ('A — achievable', 'A — atteignable'),
    'relevant': ('R — relevant', 'R — pertinent'),
    'time_bound': ('T — time-bound', 'T — temporel'),
    'okr': ('OKR shape', 'forme des OKR'),
    'review': ('review', 'suivi'),
}
INVISIBLE = set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A)) | {0x200E, 0x200F, 0xFEFF}


def literal(s, i):
    """The Rust string literal at s[i] (a `"`), unescaped, and where it ends."""
    assert s[i] == '"', s[i:i + 30]
    i += 1
    out = []
    while s[i] != '"':
        c = s[i]
        if c != '\\':
            out.append(c)
            i += 1
            continue
        n = s[i + 1]
        if n == 'u':
            j = s.index('}', i)
            out.append(chr(int(s[i + 3:j], 16)))
            i = j + 1
        elif n == '\n':
            i += 2
            while s[i] in ' \t\n':
                i += 1
        else:
            out.append({'n': '\n', 't': '\t', '"': '"', "'": "'", '\\': '\\'}[n])
            i += 2
    return ''.join(out), i + 1


def text_field(block, name):
    m = re.search(r'\b' + name + r': Text \{\s*en: ', block)
    en, j = literal(block, m.end())
    m = re.compile(r',\s*fr: ').match(block, j)
    return en, literal(block, m.end())[0]


def plain_field(block, name):
    m = re.search(r'\n    ' + name + r': ', block)
    return literal(block, m.end())[0]


def doc_line(line):
    if any(ord(c) < 32 or ord(c) in INVISIBLE for c in line) or line != line.rstrip():
        escaped = ''.join(
            '\\"' if c == '"' else '\\\\' if c == '\\'
            else '\\u{%04X}' % ord(c) if ord(c) < 32 or ord(c) in INVISIBLE else c
            for c in line)
        return '    #[doc = " ' + escaped + '"]'
    return '    ///' + (' ' + line if line else '')


def ftl_value(text):
    if '{' in text or '}' in text:
        sys.exit('braces need escaping in Fluent: ' + text)
    if '\n' not in text:
        return ' ' + text
    lines = []
    for line in text.split('\n'):
        if line.startswith(('[', '*', '.')):
            sys.exit('a Fluent line cannot start with [, * or .: ' + line)
        lines.append('    ' + line if line else '')
    return '\n' + '\n'.join(lines)


def old_form(source):
    """The old-form declaration of a file's text: where it is, and what it says."""
    start = source.find('pub const CODE: Code = Code {')
    if start < 0:
        return None
    end = source.index('\n};\n', start) + 4
    block = source[start:end]
    return dict(
        start=start, end=end,
        code=plain_field(block, 'code'), name=plain_field(block, 'name'),
        family=re.search(r'family: Family::(\w+)', block).group(1),
        severity=re.search(r'severity: Severity::(\w+)', block).group(1),
        prose=[text_field(block, part) for part in ('summary', 'what', 'why')],
        bad=plain_field(block, 'bad'), good=plain_field(block, 'good'))


def example_lines(old):
    doc = []
    for heading, example in (('Example that triggers it', old['bad']), ('Fixed', old['good'])):
        if example:
            doc += ([''] if doc else []) + ['## ' + heading, '', '```goals']
            doc += example.rstrip('\n').split('\n') + ['```']
    return [doc_line(l) for l in doc]


def family_of(path):
    folder = os.path.basename(os.path.dirname(path))
    return 'structure' if folder == 'codes' else folder


def convert(path):
    """Converts a file in the old form; None if it is not."""
    source = open(path).read()
    old = old_form(source)
    if old is None:
        return None
    new = '\n'.join(['declare_rule! {'] + example_lines(old) + [
        '    code: %s,' % old['code'], '    name: "%s",' % old['name'],
        '    family: %s,' % old['family'], '    severity: %s,' % old['severity'],
        '}']) + '\n'
    source = source[:old['start']] + new + source[old['end']:]
    # The diagnostic imports the declaration no longer needs.
    m = re.search(r'use crate::diagnostic::\{([^}]*)\};\n|use crate::diagnostic::(\w+);\n', source)
    if m:
        names = [n.strip() for n in (m.group(1) or m.group(2)).split(',') if n.strip()]
        rest = (source[:m.start()] + source[m.end():]).replace(new, '')
        keep = [n for n in names if re.search(r'\b' + n + r'\b', rest)] + ['declare_rule']
        keep.sort(key=lambda n: (n[0].islower(), n))
        names = '{' + ', '.join(keep) + '}' if len(keep) > 1 else keep[0]
        source = source[:m.start()] + 'use crate::diagnostic::' + names + ';\n' + source[m.end():]
    open(path, 'w').write(source)
    return family_of(path), old['code'], old['name'], old['prose']


def take_from(ref, path):
    """Gives a file in the new form the examples REF's old form has; its
    prose for rules.ftl. None when REF has no old form of it."""
    relative = os.path.relpath(path, ROOT)
    shown = subprocess.run(['git', 'show', '%s:%s' % (ref, relative)], cwd=ROOT,
                           capture_output=True, text=True)
    old = old_form(shown.stdout) if shown.returncode == 0 else None
    if old is None:
        return None
    source = open(path).read()
    start = source.find('\ndeclare_rule! {\n')
    code_at = source.find('\n    code: ', start)
    if start < 0 or code_at < 0:
        sys.exit('%s: no declare_rule! to update' % relative)
    lines = example_lines(old)
    source = (source[:start + len('\ndeclare_rule! {\n')]
              + ''.join(l + '\n' for l in lines) + source[code_at + 1:])
    open(path, 'w').write(source)
    return family_of(path), old['code'], old['name'], old['prose']


def without_entry(text, code):
    """rules.ftl without a code's comment line and three messages."""
    lines = text.split('\n')
    try:
        first = next(i for i, l in enumerate(lines) if l.startswith('# %s ' % code))
    except StopIteration:
        return text, None
    last = first + 1
    while last < len(lines):
        line = lines[last]
        following = next((l for l in lines[last:] if l.strip()), '')
        if line.startswith('rule-%s-' % code) or line.startswith(' ') or (
                not line.strip() and following.startswith(' ')):
            last += 1
        else:
            break
    # The blank line before the entry goes with it.
    if first > 0 and not lines[first - 1].strip():
        first -= 1
    return '\n'.join(lines[:first] + lines[last:]), first


def add_prose(lang, entries):
    path = os.path.join(ROOT, 'locales', lang, 'rules.ftl')
    text = open(path).read()
    index = 0 if lang == 'en' else 1
    for family, code, name, prose in entries:
        entry = '\n# %s %s\n' % (code, name) + ''.join(
            'rule-%s-%s =%s\n' % (code, part, ftl_value(texts[index]))
            for part, texts in zip(('summary', 'what', 'why'), prose))
        text, line = without_entry(text, code)
        if line is not None:
            # In place: after the line that preceded the old entry.
            at = len('\n'.join(text.split('\n')[:line]))
            text = text[:at] + '\n' + entry.rstrip('\n') + text[at:]
            continue
        # At the end of the family's group: before the next group's heading.
        later = [GROUPS[f][index] for f in FAMILIES[FAMILIES.index(family) + 1:]]
        at = min([text.index('\n## ' + g + '\n') for g in later if '\n## ' + g + '\n' in text]
                 + [len(text)])
        text = text[:at].rstrip('\n') + '\n' + entry + text[at:]
    open(path, 'w').write(text)


def main():
    ref = sys.argv[sys.argv.index('--from') + 1] if '--from' in sys.argv else None
    files = sorted(glob.glob(os.path.join(ROOT, 'src/rules/*/*.rs'))
                   + glob.glob(os.path.join(ROOT, 'src/diagnostic/codes/*.rs')))
    entries = []
    for path in files:
        entry = convert(path)
        if entry:
            print('converted', entry[1], entry[2])
        elif ref:
            entry = take_from(ref, path)
        if entry:
            entries.append(entry)
    for lang in ('en', 'fr'):
        add_prose(lang, entries)


if __name__ == '__main__':
    main()
