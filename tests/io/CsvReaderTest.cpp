// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvReader.h"

#include "IoTestSupport.h"

#include <random>

using namespace stepwise;

namespace {

QList<QStringList> fieldsOf(const CsvDocument& doc)
{
    QList<QStringList> out;
    for (const CsvRecord& r : doc.records)
        out << r.fields;
    return out;
}

QList<int> linesOf(const CsvDocument& doc)
{
    QList<int> out;
    for (const CsvRecord& r : doc.records)
        out << r.line;
    return out;
}

QStringList row(std::initializer_list<const char*> cells)
{
    QStringList out;
    for (const char* c : cells)
        out << QString::fromUtf8(c);
    return out;
}

} // namespace

TEST_CASE("CSV reader: line ends, byte order mark and trailing newline do not change the records",
    "[csv][reader]")
{
    const QList<QStringList> expected { row({ "a", "b" }), row({ "c", "d" }) };
    const char* variants[] = {
        "a,b\nc,d\n", "a,b\r\nc,d\r\n", "a,b\r\nc,d", "a,b\nc,d",
        "a,b\rc,d\r",       // classic Mac line ends
        "a,b\r\nc,d\n",     // mixed
        ("\xEF\xBB\xBF"     // split, so the escape ends before "a"
         "a,b\r\nc,d\r\n"), // Excel "CSV UTF-8"
    };
    for (const char* text : variants) {
        INFO(text);
        const CsvDocument doc = CsvReader::read(QByteArray(text));
        REQUIRE(doc.ok());
        CHECK(fieldsOf(doc) == expected);
        CHECK(linesOf(doc) == QList<int> { 1, 2 });
    }
}

TEST_CASE("CSV reader: quoted fields keep commas, doubled quotes and line breaks", "[csv][reader]")
{
    const CsvDocument doc = CsvReader::read(
        QByteArray("\"Smith, Jo\",\"She said \"\"hi\"\"\",\"12 Main St\nApt 4\"\r\n"
                   "\"line\r\nbreak\",\"\"\"\",plain\r\n"));
    REQUIRE(doc.ok());
    REQUIRE(doc.records.size() == 2);
    CHECK(doc.records[0].fields == row({ "Smith, Jo", "She said \"hi\"", "12 Main St\nApt 4" }));
    CHECK(doc.records[1].fields == row({ "line\r\nbreak", "\"", "plain" }));
    // The first record spans lines 1-2, so the second starts on physical line 3, then 4.
    CHECK(doc.records[0].line == 1);
    CHECK(doc.records[1].line == 3);
}

TEST_CASE("CSV reader: empty fields and blank lines", "[csv][reader]")
{
    const CsvDocument doc
        = CsvReader::read(QByteArray("\r\na,,c\r\n\r\n,\r\n\n\"\"\r\n  \r\n,,\r\n\r\n\r\n"));
    REQUIRE(doc.ok());
    CHECK(fieldsOf(doc)
        == QList<QStringList> { row({ "a", "", "c" }), row({ "", "" }), row({ "" }), row({ "  " }),
            row({ "", "", "" }) });
    CHECK(linesOf(doc) == QList<int> { 2, 4, 6, 7, 8 });
}

TEST_CASE("CSV reader: spaces and non-Latin text are kept exactly", "[csv][reader]")
{
    const CsvDocument doc = CsvReader::read(
        QByteArray(" padded ,Zoë,Иванов,王秀英,محمد,🙂 ok,<img src=x>\n"));
    REQUIRE(doc.ok());
    REQUIRE(doc.records.size() == 1);
    CHECK(doc.records[0].fields
        == row({ " padded ", "Zoë", "Иванов", "王秀英", "محمد", "🙂 ok", "<img src=x>" }));
}

TEST_CASE("CSV reader: malformed quoting is refused with the line it is on", "[csv][reader]")
{
    struct Case
    {
        const char* text;
        int line;
        const char* mustMention;
    };
    const Case cases[] = {
        // The quote opened on line 3 never closes; the report names where it opened.
        { "a,b\r\nc,d\r\n\"open,e\r\nf,g\r\n", 3, "never closed" },
        { "a,b\nc,d\"x\n", 2, "Field 2" },
        { "a,b\n\"multi\nline\",ok\nbad\"quote,x\n", 4, "Field 1" },
        { "a,\"closed\"trailing\n", 1, "closing quote" },
        { "a,\"closed\" ,b\n", 1, "closing quote" },
        { "x\n y,\"z\"\"\n", 2, "never closed" },
    };
    for (const Case& c : cases) {
        INFO(c.text);
        const CsvDocument doc = CsvReader::read(QByteArray(c.text));
        REQUIRE_FALSE(doc.ok());
        CHECK(doc.records.isEmpty());
        CHECK(doc.error->line == c.line);
        CHECK(doc.error->message.contains(QString::fromUtf8(c.mustMention)));
    }
}

TEST_CASE("CSV reader: bytes that are not UTF-8 are refused with their line", "[csv][reader]")
{
    struct Case
    {
        QByteArray bytes;
        int line;
    };
    const Case cases[] = {
        { QByteArray("name\r\nJos\xE9\r\n"),
            2 }, // Windows-1252 "José" from "CSV (Comma delimited)"
        { QByteArray("a\n\"b\nc\xC0\xAF\"\n"), 3 }, // overlong encoding of '/'
        { QByteArray("a\n\xED\xA0\x80\n"), 2 },     // UTF-16 surrogate encoded as UTF-8
        { QByteArray("a\n\xF4\x90\x80\x80\n"), 2 }, // above U+10FFFF
        { QByteArray("a\rb\rc\xE2\x82"), 3 },       // truncated at the end of the file
    };
    for (const Case& c : cases) {
        INFO(c.bytes.toHex().toStdString());
        const CsvDocument doc = CsvReader::read(c.bytes);
        REQUIRE_FALSE(doc.ok());
        CHECK(doc.error->line == c.line);
        CHECK(doc.error->message.contains(QStringLiteral("UTF-8")));
    }
}

TEST_CASE("CSV reader: binary files are refused, not parsed", "[csv][reader]")
{
    SECTION("NUL bytes")
    {
        const CsvDocument doc = CsvReader::read(QByteArray("a,b\nc,d\0e\n", 10));
        REQUIRE_FALSE(doc.ok());
        CHECK(doc.error->line == 2);
        CHECK(doc.error->message.contains(QStringLiteral("NUL")));
    }
    SECTION("UTF-16 text")
    {
        const CsvDocument doc = CsvReader::read(QByteArray("\xFF\xFE"
                                                           "a\0,\0b\0",
            8));
        REQUIRE_FALSE(doc.ok());
        CHECK(doc.error->message.contains(QStringLiteral("UTF-16")));
    }
    SECTION("an xlsx workbook (zip header)")
    {
        const CsvDocument doc = CsvReader::read(QByteArray("PK\x03\x04\x14\0\x06\0", 8));
        REQUIRE_FALSE(doc.ok());
    }
    SECTION("random bytes")
    {
        std::mt19937 random(20240611);
        for (int round = 0; round < 20; ++round) {
            QByteArray bytes(512, Qt::Uninitialized);
            for (char& b : bytes)
                b = char(random() & 0xFF);
            CHECK_FALSE(CsvReader::read(bytes).ok());
        }
    }
}

TEST_CASE("CSV reader: an empty file has no records", "[csv][reader]")
{
    CHECK(CsvReader::read({}).ok());
    CHECK(CsvReader::read({}).records.isEmpty());
    CHECK(CsvReader::read(QByteArray("\xEF\xBB\xBF\r\n\n")).records.isEmpty());
}
