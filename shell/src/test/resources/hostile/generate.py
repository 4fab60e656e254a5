#!/usr/bin/env python3
"""Writes the hostile journal files under import/ (run from this directory). Each is one bad input; cases.tsv says
what the ledger must answer. Kept as a generator because several files are not valid UTF-8 on purpose."""
import os

H = "type,unit,year,voucher,date,memo,fund,function,economic,kind,project,amount,procurement,sme_amount,small_micro_amount,adjustment,from_fund,from_function,from_kind,from_project,from_economic,document,reversed_voucher,reason"
N = H.count(",") + 1


def row(type="expense", voucher="H001", date="2024-05-06", memo="办公用品", fund="GENERAL_BUDGET", function="2010301",
        economic="30201", kind="BASIC_PUBLIC", project="", amount="100.00", procurement="", sme="", small="",
        adjustment="", from_fund="", from_function="", from_kind="", from_project="", from_economic="", document="",
        reversed="", reason="", unit="229001", year="2024"):
    cells = [type, unit, year, voucher, date, memo, fund, function, economic, kind, project, amount, procurement, sme,
             small, adjustment, from_fund, from_function, from_kind, from_project, from_economic, document, reversed,
             reason]
    return ",".join(cells)


def rev(voucher="H001", reversed="V0009", reason="录入错误", date="2024-05-06"):
    return row(type="reverse", voucher=voucher, date=date, memo="冲销", fund="", function="", economic="", kind="",
               amount="", reversed=reversed, reason=reason)


def adj(**kw):
    base = dict(type="adjust", voucher="H001", date="2024-10-20", memo="调剂", fund="GENERAL_BUDGET",
                function="2010301", economic="30201", kind="BASIC_PUBLIC", project="",
                amount="100.00", adjustment="TRANSFER", from_fund="GENERAL_BUDGET", from_function="2010302",
                from_kind="PROJECT", from_project="空白证照购置印刷", document="晋财预〔2024〕99号")
    base.update(kw)
    return row(**base)


def text(name, *lines, header=H, encoding="utf-8", bom=False):
    data = ("\r\n".join((header,) + lines) + "\r\n").encode(encoding)
    raw(name, (b"\xef\xbb\xbf" if bom else b"") + data)


def raw(name, data):
    with open(os.path.join("import", name), "wb") as f:
        f.write(data)


os.makedirs("import", exist_ok=True)
# --- malformed CSV
text("unclosed-quote.csv", row(memo='"办公用品'), row(voucher="H002"))
text("too-few-cells.csv", ",".join(row().split(",")[:10]))
text("too-many-cells.csv", row() + ",多余,多余")
text("unquoted-comma-in-memo.csv", row(memo="办公用品,打印纸"))
text("bom-inside-header.csv", header=H.replace(",unit,", ",\ufeffunit,"))
text("bom-at-line-start.csv", "\ufeff" + row())
text("double-bom.csv", row(), bom=True, header="\ufeff" + H)
text("bom-inside-amount.csv", row(amount="\ufeff100.00"))
raw("gbk-encoded.csv", (H + "\r\n" + row(memo="办公用品采购") + "\r\n").encode("gbk"))
raw("mixed-utf8-and-gbk.csv", (H + "\r\n" + row() + "\r\n").encode("utf-8") + (row(voucher="H002", memo="差旅费报销") + "\r\n").encode("gbk"))
# --- the encoding said with `import FILE --encoding GBK|GB18030` is not the file's
raw("gbk-with-a-bad-byte.csv", (H + "\r\n" + row() + "\r\n").encode("gbk")
    + (row(voucher="H002", memo="差旅") + "\r\n").encode("gbk").replace("差旅".encode("gbk"), b"\x81\x7f"))
text("utf8-bom-said-gbk.csv", row(), bom=True)
text("utf8-said-gbk.csv", row())
raw("gb18030-said-gbk.csv", (H + "\r\n" + row(memo="𠀀字号印章") + "\r\n").encode("gb18030"))
raw("utf16.csv", (H + "\r\n" + row() + "\r\n").encode("utf-16"))
raw("empty.csv", b"")
raw("binary-garbage.csv", bytes(range(256)) * 4)
text("unknown-column.csv", row() + ",x", header=H + ",approver")
text("repeated-column.csv", row() + ",100.00", header=H + ",金额")
text("no-type-column.csv", ",".join(row().split(",")[1:]), header=",".join(H.split(",")[1:]))
text("header-missing.csv", header=row())
text("unknown-line-type.csv", row(type="payment"))
# --- amounts
text("negative-amount.csv", row(amount="-100.00"))
text("zero-amount.csv", row(amount="0"))
text("fractional-fen.csv", row(amount="100.001"))
text("huge-amount.csv", row(amount="99999999999999999999.99"))
text("amount-beyond-long-fen.csv", row(amount="92233720368547758.08"))
text("amount-not-a-number.csv", row(amount="一百元"))
text("amount-nan.csv", row(amount="NaN"))
text("sme-exceeds-amount.csv", row(procurement="GOODS", sme="200.00", amount="100.00"))
text("sme-without-procurement.csv", row(sme="50.00"))
text("sum-overflows-long.csv", row(type="appropriation", economic="", kind="", amount="90000000000000000.00"),
     row(type="appropriation", voucher="H002", economic="", kind="", amount="90000000000000000.00"))
# --- codes
text("function-code-is-a-kuan.csv", row(function="20103"))
text("function-code-letters.csv", row(function="2010A01"))
text("function-code-unregistered.csv", row(function="2019998"))
text("economic-code-too-short.csv", row(economic="302"))
text("economic-code-unregistered.csv", row(economic="30288"))
text("unit-code-letters.csv", row(unit="22900A"))
text("unknown-fund.csv", row(fund="WORLD_BANK"))
text("income-from-fiscal-fund.csv", row(type="income", economic="", kind="", fund="GENERAL_BUDGET"))
text("appropriation-of-other-income.csv", row(type="appropriation", economic="", kind="", fund="OTHER"))
text("unknown-spending-kind.csv", row(kind="BRIBES"))
# --- dates and years
text("date-before-year.csv", row(date="2023-12-31"))
text("date-after-year.csv", row(date="2025-01-01"))
text("date-impossible.csv", row(date="2024-02-30"))
text("date-wrong-format.csv", row(date="06/05/2024"))
text("year-not-opened.csv", row(year="2031", date="2031-05-06"))
# --- vouchers
text("duplicate-voucher-different-content.csv", row(), row(amount="200.00"))
text("duplicate-voucher-same-content.csv", row(), row())
text("voucher-missing.csv", row(voucher=""))
text("voucher-sql-injection.csv", row(voucher="H1'; DROP TABLE postings; --"))
text("voucher-formula.csv", row(voucher="=1+1"))
text("voucher-too-long.csv", row(voucher="H" * 65))
# --- reversals
text("reverse-unknown-voucher.csv", rev(reversed="NOPE-404"))
text("reverse-already-reversed.csv", rev(reversed="V0010"))
text("reverse-a-reversal.csv", rev(reversed="V0013"))
text("reverse-the-opening.csv", rev(reversed="V0001"))
text("reverse-without-reason.csv", rev(reason=""))
text("reverse-twice-in-one-file.csv", rev(), rev(voucher="H002"))
# --- budget
text("adjust-more-than-the-line-holds.csv", adj(amount="99999999.00"))
text("adjust-without-document.csv", adj(document=""))
text("adjust-to-the-same-line.csv", adj(function="2010302", economic="", project="空白证照购置印刷"))
# --- text fields
text("memo-too-long.csv", row(memo="备" * 2001))
text("memo-with-nul.csv", row(memo="办公\x00用品"))
text("project-too-long.csv", row(kind="PROJECT", project="项" * 301, function="2010302", economic="30202"))
text("project-with-escape-sequence.csv", row(kind="PROJECT", project="空白证照\x1b[2J购置印刷", function="2010302", economic="30202"))
# --- one bad line spoils the whole file
text("good-lines-then-one-bad.csv", *[row(voucher="H%03d" % i) for i in range(1, 40)], row(voucher="H999", amount="-1"))
