#!/usr/bin/env python3
"""Writes the hand-worded blind bank set (src/test/resources/eval/bank/blind) as MIME mails plus labels.jsonl."""
import base64, json, os, quopri, sys
from email.header import Header
from email.utils import formataddr, parseaddr

# usage: writer.py [out-dir] [mails-file] [--append]   (default: the blind set)
OUT = sys.argv[1] if len(sys.argv) > 1 else "src/test/resources/eval/bank/blind"
SOURCE = sys.argv[2] if len(sys.argv) > 2 else "mails.py"
APPEND = "--append" in sys.argv
MAILS = []


def mail(name, date, sender, subject, parts, credits, kind):
    MAILS.append((name, date, sender, subject, parts, credits, kind))


def c(amount, currency, payer, reference, date):
    return {"amount": amount, "currency": currency, "payer": payer, "reference": reference, "date": date}


def encode(text, charset, cte):
    raw = text.encode(charset)
    if cte == "base64":
        b = base64.b64encode(raw).decode("ascii")
        return "\n".join(b[i:i + 76] for i in range(0, len(b), 76))
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    return raw.decode(charset)


def part(subtype, text, charset, cte):
    head = f"Content-Type: text/{subtype}; charset={charset}\n"
    if cte != "8bit" or charset.lower() != "us-ascii":
        head += f"Content-Transfer-Encoding: {cte}\n"
    return head, encode(text, charset, cte)


def from_header(sender):
    name, addr = parseaddr(sender)
    return formataddr((name, addr), charset="utf-8")


def write(name, date, sender, subject, parts):
    lines = [f"Date: {date}", "From: " + from_header(sender), "To: compta@acme-conseil.fr",
             f"Message-ID: <{name}@blind.relance.test>",
             "Subject: " + Header(subject, "utf-8").encode(), "MIME-Version: 1.0"]
    if len(parts) == 1:
        head, body = part(*parts[0])
        out = "\n".join(lines) + "\n" + head + "\n" + body
    else:
        boundary = "=_blind_" + name
        out = "\n".join(lines) + f"\nContent-Type: multipart/alternative; boundary=\"{boundary}\"\n\n"
        for p in parts:
            head, body = part(*p)
            out += f"--{boundary}\n{head}\n{body}\n"
        out += f"--{boundary}--\n"
    charset = parts[0][2]
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(out.encode("utf-8" if charset.lower() == "utf-8" else "latin-1"))


exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), SOURCE), encoding="utf-8").read())

os.makedirs(OUT, exist_ok=True)
kept = []
if APPEND:  # keep the other mails' labels, replace ours (the writer can be run again)
    ours = {m[0] + ".eml" for m in MAILS}
    with open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8") as existing:
        kept = [line for line in existing if line.strip() and json.loads(line)["file"] not in ours]
with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as labels:
    labels.writelines(kept)
    for name, date, sender, subject, parts, credits, kind in MAILS:
        write(name, date, sender, subject, parts)
        labels.write(json.dumps({"file": name + ".eml", "kind": kind, "credits": credits}, ensure_ascii=False,
                                separators=(",", ":")) + "\n")
print(len(MAILS), "mails")
