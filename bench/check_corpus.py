#!/usr/bin/env python3
"""Checks a corpus written by bench/GenerateCorpus.java: every internal link resolves.

usage: python3 bench/check_corpus.py OUTDIR [OUTDIR-hugo]

Checks, for the hub copy: citation keys [@slug], relative links ../folder/slug.md, site paths
/folder/slug/, legacy URLs http://(www.)whatworksscotland.ac.uk/PATH (PATH must be some document's
alias), footnote references against definitions, controlled taxonomy terms, and term pages
(places/<id>.md must be a place id; authors/<slug>.md must be the slug of an author used).
For the Hugo copy: no [@...] or .md links are left and every /folder/slug/ link exists.
Exit status 1 on any problem.
"""
import os
import re
import sys

THEMES = {"participation", "partnership", "governance", "workforce", "leadership", "prevention", "place", "evidence"}
PLACES = {"aberdeenshire", "fife", "glasgow", "west-dunbartonshire", "highland", "scotland"}
WORKSTREAMS = {"collaborative-action-research", "community-engagement", "spread-and-sustainability", "leadership",
               "evidence-and-evaluation"}
TERM_FOLDERS = {"places", "authors"}

CITE = re.compile(r"\[@([^\]\s;,]+)\]")
REL = re.compile(r"\]\(\.\./([^/)]+)/([^/)]+)\.md\)")
SITE = re.compile(r"\]\((/[^)\s]*)\)")
LEGACY = re.compile(r"<https?://(?:www\.)?whatworksscotland\.ac\.uk(/[^>]*)>")
FNREF = re.compile(r"\[\^(\d+)\](?!:)")
FNDEF = re.compile(r"^\[\^(\d+)\]:", re.M)


def slugify(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def split_doc(path):
    text = open(path, encoding="utf-8").read()
    if not text.startswith("---\n"):
        raise ValueError("no front matter")
    end = text.index("\n---\n", 4)
    return text[4:end], text[end + 5:]


def fm_list(fm, key):
    m = re.search(r"^%s: \[(.*)\]$" % key, fm, re.M)
    if not m:
        return []
    return [x.strip().strip('"') for x in m.group(1).split(",") if x.strip()]


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    root = os.path.join(sys.argv[1], "content")
    problems = []
    docs = {}  # (folder, slug) -> (fm, body, path)
    slugs = {}
    aliases = set()
    authors_used = set()
    for folder in sorted(os.listdir(root)):
        for f in sorted(os.listdir(os.path.join(root, folder))):
            p = os.path.join(root, folder, f)
            try:
                fm, body = split_doc(p)
            except ValueError as e:
                problems.append(f"{p}: {e}")
                continue
            slug = f[:-3]
            docs[(folder, slug)] = (fm, body, p)
            if folder in TERM_FOLDERS:
                continue
            if slug in slugs:
                problems.append(f"{p}: slug also used by {slugs[slug]}")
            slugs[slug] = p
            for a in re.findall(r"^  - (/\S+)$", fm, re.M):
                aliases.add(a)
            for key in ("title:", "date:", "summary:", "themes:"):
                if not re.search("^" + key, fm, re.M):
                    problems.append(f"{p}: no {key}")
            authors_used.update(fm_list(fm, "authors"))
            for key, allowed in (("themes", THEMES), ("places", PLACES), ("workstreams", WORKSTREAMS)):
                for t in fm_list(fm, key):
                    if t not in allowed:
                        problems.append(f"{p}: unknown {key} term {t}")
    links = 0
    for (folder, slug), (fm, body, p) in docs.items():
        if folder == "places" and slug not in PLACES:
            problems.append(f"{p}: not a place id")
        if folder == "authors" and slug not in {slugify(a) for a in authors_used}:
            problems.append(f"{p}: no publication has this author")
        for m in CITE.finditer(body):
            links += 1
            if m.group(1) not in slugs:
                problems.append(f"{p}: [@{m.group(1)}] cites no document")
        for m in REL.finditer(body):
            links += 1
            if (m.group(1), m.group(2)) not in docs or m.group(1) in TERM_FOLDERS:
                problems.append(f"{p}: ../{m.group(1)}/{m.group(2)}.md does not exist")
        for m in SITE.finditer(body):
            links += 1
            parts = m.group(1).strip("/").split("/")
            if len(parts) != 2 or (parts[0], parts[1]) not in docs:
                problems.append(f"{p}: site path {m.group(1)} is no document")
        for m in LEGACY.finditer(body):
            links += 1
            if m.group(1) not in aliases:
                problems.append(f"{p}: legacy URL path {m.group(1)} is no alias")
        refs = [int(x) for x in FNREF.findall(body)]
        defs = [int(x) for x in FNDEF.findall(body)]
        if sorted(set(refs)) != sorted(defs) or defs != list(range(1, len(defs) + 1)):
            problems.append(f"{p}: footnote references {refs} do not match definitions {defs}")
    print(f"{len(docs)} files, {len(slugs)} publications, {len(aliases)} aliases, {links} internal links checked")

    if len(sys.argv) > 2:
        hroot = os.path.join(sys.argv[2], "content")
        hlinks = 0
        for folder in sorted(os.listdir(hroot)):
            for dirpath, _, files in os.walk(os.path.join(hroot, folder)):
                for f in files:
                    p = os.path.join(dirpath, f)
                    body = open(p, encoding="utf-8").read()
                    if CITE.search(body) or REL.search(body):
                        problems.append(f"{p}: hub-only link syntax left in the Hugo copy")
                    for m in SITE.finditer(body):
                        hlinks += 1
                        parts = m.group(1).strip("/").split("/")
                        if len(parts) != 2 or (parts[0], parts[1]) not in docs:
                            problems.append(f"{p}: site path {m.group(1)} is no document")
        print(f"hugo copy: {hlinks} internal links checked")

    for x in problems[:50]:
        print("PROBLEM", x)
    if problems:
        print(f"{len(problems)} problems")
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
