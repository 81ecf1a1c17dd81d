#!/usr/bin/env python3
"""
Replaces project class names written out in full in code (nl.spoorzoeker.x.Y inline, outside the
import and package lines, comments and strings) with an import and the simple name. Where the simple
name would clash (another import, a class of the file's own package, a type the file declares, two
project classes of the same name, a java.lang name) it leaves the name as it is and lists it: those
are fixed by hand. Run from the repository root:  python3 tools/imports-voor-volledige-namen.py [src/main/java | src/test/java]
Safe to run again (after a merge brought new full names); VolledigeNamenTest says when it is needed.
"""
import glob, os, re, sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else 'src/main/java'
FQN = re.compile(r'(?<![\w.])nl\.spoorzoeker\.(?:[a-z_][a-z0-9_]*\.)+[A-Z]\w*')
TOKEN = re.compile(r'"""(?:.|\n)*?"""|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|//[^\n]*|/\*(?:.|\n)*?\*/')
JAVA_LANG = set('Object String Record Module Process Package Character Void Error Exception Override Enum Class '
                'Integer Long Double Float Short Byte Boolean Number Math System Thread Runtime Iterable Comparable '
                'Runnable Deprecated SuppressWarnings FunctionalInterface SafeVarargs StringBuilder Throwable '
                'Appendable AutoCloseable Cloneable CharSequence Readable ScopedValue StackWalker'.split())

def code_parts(s):
    """(start, end) spans of code, between comments and literals."""
    pos = 0
    for m in TOKEN.finditer(s):
        yield pos, m.start()
        pos = m.end()
    yield pos, len(s)

# Test code names main classes too (and shares their packages): both trees are known, only ROOT is rewritten.
ROOTS = [ROOT] + (['src/main/java'] if os.path.normpath(ROOT) != os.path.normpath('src/main/java') else [])

def known_classes():
    out = {}
    for root in ROOTS:
        for p in glob.glob(root + '/**/*.java', recursive=True):
            rel = os.path.relpath(p, root)[:-5].replace(os.sep, '.')
            out[rel] = p
    return out

def main():
    classes = known_classes()
    by_pkg = {}
    for fq in classes:
        pkg, name = fq.rsplit('.', 1)
        by_pkg.setdefault(pkg, set()).add(name)
    left = []
    for p in sorted(glob.glob(ROOT + '/**/*.java', recursive=True)):
        s = open(p, encoding='utf-8').read()
        head_end = 0
        for m in re.finditer(r'^(?:package|import)[^\n]*\n', s, re.M):
            head_end = m.end()
        pkg = re.search(r'^package ([\w.]+);', s, re.M).group(1)
        imports = dict((i.rsplit('.', 1)[1], i) for i in re.findall(r'^import (?!static )([\w.]+);', s, re.M))
        declared = set(re.findall(r'\b(?:class|interface|enum|record)\s+([A-Z]\w*)', s))
        spans = [(a, b) for a, b in code_parts(s) if b > head_end]
        found = {}
        for a, b in spans:
            for m in FQN.finditer(s, max(a, head_end), b):
                fq = m.group(0)
                # the longest prefix that is a class (the rest: nested types, statics)
                parts = fq.split('.')
                top = None
                for i in range(3, len(parts) + 1):
                    cand = '.'.join(parts[:i])
                    if cand in classes:
                        top = cand
                        break
                if top is None:
                    top = fq  # a generated class (schema) or one outside ROOT
                found.setdefault(top, []).append(m)
        if not found:
            continue
        names = {}
        for top in found:
            names.setdefault(top.rsplit('.', 1)[1], set()).add(top)
        ok = {}
        for top in found:
            tpkg, name = top.rsplit('.', 1)
            clash = (len(names[name]) > 1 or name in JAVA_LANG
                     or (name in imports and imports[name] != top)
                     or (tpkg != pkg and name in by_pkg.get(pkg, set()))
                     or (name in declared and tpkg != pkg))
            if clash:
                left.append(f'{p}: {top}')
            else:
                ok[top] = name
        if not ok:
            continue
        out, pos = [], 0
        for a, b in spans:
            seg = s[max(a, head_end):b]
            start = max(a, head_end)
            out.append(s[pos:start])
            def repl(m):
                fq = m.group(0)
                for top, name in ok.items():
                    if fq == top or fq.startswith(top + '.'):
                        return name + fq[len(top):]
                return fq
            out.append(FQN.sub(repl, seg))
            pos = b
        out.append(s[pos:])
        s = ''.join(out)
        new = sorted(t for t, n in ok.items() if t.rsplit('.', 1)[0] != pkg and imports.get(n) != t)
        if new:
            block = ''.join(f'import {t};\n' for t in new)
            m = list(re.finditer(r'^import (?!static )[^\n]*;\n', s, re.M))
            if m:
                at = m[-1].end()
                s = s[:at] + block + s[at:]
            else:
                pm = re.search(r'^package [^\n]*;\n', s, re.M)
                s = s[:pm.end()] + '\n' + block + s[pm.end():]
        open(p, 'w', encoding='utf-8').write(s)
    for l in left:
        print('left as written (name clash):', l)

main()
