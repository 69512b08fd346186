"""Shared helpers for author_b: LibreOffice conversions, page counting, gold writing."""
import json
import os
import re
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUTDIR = os.path.abspath(os.path.join(HERE, "..", "..", "..", "long"))
PROFILE = "file:///tmp/lo_author_b"

# printed values that mean "not stated"
NOT_STATED = {"—", "-", "b.d.", "do oszacowania", "zostanie określony", "zostanie określone", None}


def soffice(args, outdir):
    cmd = ["soffice", f"-env:UserInstallation={PROFILE}", "--headless"] + args + ["--outdir", outdir]
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)


def convert(src, fmt, outdir):
    soffice(["--convert-to", fmt, src], outdir)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    out = os.path.join(outdir, base + "." + ext)
    if not os.path.exists(out):
        raise RuntimeError(f"conversion of {src} to {fmt} failed")
    return out


def count_pages(pdf):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(pdf)
    n = len(d)
    d.close()
    return n


def pdf_text(pdf):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(pdf)
    out = []
    for i in range(len(d)):
        tp = d[i].get_textpage()
        out.append(tp.get_text_range())
        tp.close()
    d.close()
    return "\n".join(out)


def norm(s):
    s = s.replace("\u00ad", "").replace("\u00a0", " ").replace("\u2011", "-")
    return re.sub(r"\s+", " ", s).strip()


def action_entry(a):
    vals = {}
    for k in ("responsible", "timeline", "cost", "funding", "indicator"):
        v = a.get(k)
        vals[k] = None if v in NOT_STATED else v
    return {
        "title": a["title"],
        "theme": a["theme"],
        "secondary_themes": a.get("secondary", []),
        "responsible": vals["responsible"] is not None,
        "timeline": vals["timeline"] is not None,
        "cost": vals["cost"] is not None,
        "indicator": vals["indicator"] is not None,
        "type": None,
        "values": vals,
    }


def write_gold(path, gold):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")


def check_text(text, gold, extra_strings=()):
    """Assert every gold title and value occurs in the extracted text."""
    t = norm(text)
    missing = []
    for a in gold["actions"]:
        for s in [a["title"]] + [v for v in a["values"].values() if v]:
            if norm(s) not in t:
                missing.append(s)
    for s in extra_strings:
        if norm(s) not in t:
            missing.append(s)
    if missing:
        raise AssertionError("not found in exported text: " + " | ".join(missing))


def tmpdir():
    return tempfile.mkdtemp(prefix="author_b_")


def rm(path):
    shutil.rmtree(path, ignore_errors=True)


def normalize_zip(path):
    """Rewrite a zip package (ODT) with fixed timestamps so rebuilds are byte-stable;
    'mimetype' stays first and stored."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, i.compress_type, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as z:
        for name, ctype, data in items:
            if name == "settings.xml":  # random revision-session ids
                data = re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+', rb"\g<1>1048576", data)
            info = zipfile.ZipInfo(name, date_time=(2024, 11, 18, 10, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    os.replace(tmp, path)
