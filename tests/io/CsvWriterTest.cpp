// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvWriter.h"

#include "IoTestSupport.h"
#include "io/CsvReader.h"
#include "io/FormulaGuard.h"

using namespace stepwise;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

TEST_CASE("CSV writer: fields are quoted only when they must be", "[csv][writer]")
{
    struct Case
    {
        const char* field;
        const char* written;
    };
    const Case cases[] = {
        { "plain", "plain" },
        { "", "" },
        { "inner space", "inner space" },
        { "Smith, Jo", "\"Smith, Jo\"" },
        { "say \"hi\"", "\"say \"\"hi\"\"\"" },
        { "line\nbreak", "\"line\nbreak\"" },
        { "carriage\rreturn", "\"carriage\rreturn\"" },
        { " leading", "\" leading\"" },
        { "trailing ", "\"trailing \"" },
        { "\ttab", "\"\ttab\"" },
        { "O'Brien", "O'Brien" },
        { "王秀英", "王秀英" },
    };
    for (const Case& c : cases) {
        INFO(c.field);
        CHECK(CsvWriter::encodeField(s(c.field)) == s(c.written));
    }
    // QString::fromUtf8 drops a leading BOM, so build this one by hand.
    const QString bomFirst = QChar(0xFEFF) + s("text");
    CHECK(CsvWriter::encodeField(bomFirst) == QLatin1Char('"') + bomFirst + QLatin1Char('"'));
}

TEST_CASE("CSV writer: CRLF after every record, BOM only when asked", "[csv][writer]")
{
    CsvWriter plain;
    plain.addRecord({ s("a"), s("b,c") });
    plain.addRecord({ s(""), s("") });
    CHECK(plain.data() == QByteArray("a,\"b,c\"\r\n,\r\n"));

    CsvWriter withBom({ true, false });
    withBom.addRecord({ s("Zoë") });
    CHECK(withBom.data() == QByteArray("\xEF\xBB\xBFZo\xC3\xAB\r\n"));
}

TEST_CASE("CSV writer: a record of one empty field survives a reader that skips blank lines",
    "[csv][writer]")
{
    CsvWriter writer;
    writer.addRecord({ s("header") });
    writer.addRecord({ QString() });
    const CsvDocument doc = CsvReader::read(writer.data());
    REQUIRE(doc.ok());
    REQUIRE(doc.records.size() == 2);
    CHECK(doc.records[1].fields == QStringList { QString() });
}

TEST_CASE("CSV writer: formula neutralisation", "[csv][writer][formula]")
{
    const QStringList fields { s("=HYPERLINK(\"http://x\",\"y\")"), s("+1 555 0100"), s("-5"),
        s("@SUM(A1)"), s("\tx"), s("\r=cmd"), s("safe"), s("a=b"), s("'already") };
    CsvWriter off;
    off.addRecord(fields);
    CsvWriter on({ false, true });
    on.addRecord(fields);
    CHECK(on.data()
        == QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+1 555 0100,'-5,'@SUM(A1),"
                      "'\tx,\"'\r=cmd\",safe,a=b,'already\r\n"));
    CHECK(off.data()
        == QByteArray("\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",+1 555 0100,-5,@SUM(A1),"
                      "\"\tx\",\"\r=cmd\",safe,a=b,'already\r\n"));
}

TEST_CASE("Formula guard: unprotect undoes protect exactly", "[csv][formula]")
{
    const char* values[] = { "", "'", "''", "=1+1", "'=1+1", "''=1+1", "+1 555 0100", "'+1", "-",
        "@", "\t", "\r", "'abc", "abc'", "O'Brien", "'", "'''", "=", "a=b", "'@x" };
    for (const char* v : values) {
        const QString value = s(v);
        INFO(v);
        CHECK(FormulaGuard::unprotect(FormulaGuard::protect(value)) == value);
        // What a spreadsheet would run never leaves protect() without an apostrophe in front.
        const QString written = FormulaGuard::protect(value);
        CHECK_FALSE((!written.isEmpty() && FormulaGuard::isFormulaTrigger(written.front())));
    }
    // Cells typed by people with no formula character pass through unchanged both ways.
    CHECK(FormulaGuard::unprotect(s("'hello")) == s("'hello"));
    CHECK(FormulaGuard::protect(s("'hello")) == s("'hello"));
    CHECK(FormulaGuard::unprotect(s("'+1 555 0100")) == s("+1 555 0100"));
}

TEST_CASE("CSV writer and reader agree on every awkward field", "[csv][writer][reader]")
{
    const QStringList fields { s("plain"), s(""), s("a,b"), s("\"quoted\""), s("multi\nline"),
        s("crlf\r\nline"), s(" pad "), s("=1+2"), s("'=1+2"), s("+44 20 7946 0958"), s("O'Brien"),
        s("Zoë 🙂"), s("<b>bold</b>"), s("'; DROP TABLE participant; --") };
    for (bool bom : { false, true }) {
        CsvWriter writer({ bom, true });
        writer.addRecord(fields);
        writer.addRecord(fields);
        const CsvDocument doc = CsvReader::read(writer.data());
        REQUIRE(doc.ok());
        REQUIRE(doc.records.size() == 2);
        QStringList back;
        for (const QString& f : doc.records[1].fields)
            back << FormulaGuard::unprotect(f);
        CHECK(back == fields);
        CHECK(doc.records[1].line == 4); // two line breaks inside the first record
    }
}

TEST_CASE(
    "CSV writer and reader: a field that starts with U+FEFF keeps it", "[csv][writer][reader]")
{
    const QStringList fields { QChar(0xFEFF) + s("first"), QChar(0xFEFF) + s("second") };
    CsvWriter writer;
    writer.addRecord(fields);
    const CsvDocument doc = CsvReader::read(writer.data());
    REQUIRE(doc.ok());
    REQUIRE(doc.records.size() == 1);
    CHECK(doc.records[0].fields == fields);
}

// Found by fuzz_csv_reader: a field of several U+FEFF lost one on every read.
TEST_CASE("CSV writer and reader: a field of several U+FEFF keeps all of them",
    "[csv][writer][reader]")
{
    const QString four(4, QChar(0xFEFF));
    const QStringList fields { four, s("x") + four, four + s("y") };
    CsvWriter writer;
    writer.addRecord(fields);
    const CsvDocument doc = CsvReader::read(writer.data());
    REQUIRE(doc.ok());
    REQUIRE(doc.records.size() == 1);
    CHECK(doc.records[0].fields == fields);
}
