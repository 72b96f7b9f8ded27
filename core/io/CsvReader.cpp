// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QCoreApplication>
#include <algorithm>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::CsvReader", text);
}

bool isContinuation(uchar c)
{
    return (c & 0xC0) == 0x80;
}

// Length of the well-formed UTF-8 sequence at `i` (Unicode 15, table 3-7: no overlong forms,
// no surrogates, nothing above U+10FFFF), or 0 when the bytes there are not UTF-8.
int utf8SequenceLength(const QByteArray& b, qsizetype i)
{
    const auto at = [&b](qsizetype k) { return k < b.size() ? uchar(b.at(k)) : uchar(0); };
    const uchar c = at(i);
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return isContinuation(at(i + 1)) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        const uchar lo = c == 0xE0 ? 0xA0 : 0x80;
        const uchar hi = c == 0xED ? 0x9F : 0xBF;
        const uchar c1 = at(i + 1);
        return (c1 >= lo && c1 <= hi && isContinuation(at(i + 2))) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const uchar lo = c == 0xF0 ? 0x90 : 0x80;
        const uchar hi = c == 0xF4 ? 0x8F : 0xBF;
        const uchar c1 = at(i + 1);
        return (c1 >= lo && c1 <= hi && isContinuation(at(i + 2)) && isContinuation(at(i + 3))) ? 4
                                                                                                : 0;
    }
    return 0;
}

// Refuses what is not UTF-8 text before parsing, so the parser can work on bytes: every
// delimiter is ASCII and never occurs inside a multi-byte sequence.
std::optional<CsvReadError> checkText(const QByteArray& b)
{
    if (b.startsWith("\xFF\xFE") || b.startsWith("\xFE\xFF"))
        return CsvReadError { 1,
            tr("The file is UTF-16 text (Excel's \"Unicode Text\"); save it as \"CSV UTF-8\" "
               "instead.") };
    int line = 1;
    for (qsizetype i = 0; i < b.size();) {
        const char c = b.at(i);
        if (c == '\0')
            return CsvReadError { line,
                tr("The file contains NUL bytes, so it is not a CSV text file (a spreadsheet "
                   "workbook must first be saved as \"CSV UTF-8\").") };
        if (c == '\n' || (c == '\r' && (i + 1 >= b.size() || b.at(i + 1) != '\n')))
            ++line;
        const int length = utf8SequenceLength(b, i);
        if (length == 0)
            return CsvReadError { line,
                tr("The file is not valid UTF-8 text here (it may have been saved in another "
                   "encoding such as Windows-1252: save it as \"CSV UTF-8\").") };
        i += length;
    }
    return std::nullopt;
}

class Parser
{
public:
    explicit Parser(const QByteArray& bytes)
        : m_b(bytes)
    { }

    CsvDocument run();

private:
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };

    char peek(qsizetype i) const { return i < m_b.size() ? m_b.at(i) : '\0'; }
    void endField();
    void endRecord();
    CsvDocument fail(int line, const QString& message) const;
    int fieldNumber() const { return int(m_fields.size()) + 1; }

    const QByteArray& m_b;
    QList<CsvRecord> m_records;
    QStringList m_fields;
    QByteArray m_field;
    State m_state = State::FieldStart;
    bool m_recordHasContent = false;
    int m_line = 1;
    int m_recordLine = 1;
};

QString decodeField(const QByteArray& utf8)
{
    // QString::fromUtf8 drops a leading U+FEFF as a byte order mark; inside a field it is text.
    // Every leading one is kept, not only the first (found by fuzz_csv_reader: a field of four
    // U+FEFF read back as three).
    static const QByteArray bom("\xEF\xBB\xBF");
    qsizetype at = 0;
    QString marks;
    while (utf8.mid(at, bom.size()) == bom) {
        marks.append(QChar(0xFEFF));
        at += bom.size();
    }
    return marks + QString::fromUtf8(utf8.mid(at));
}

void Parser::endField()
{
    m_fields.append(decodeField(m_field));
    m_field.clear();
    m_state = State::FieldStart;
}

void Parser::endRecord()
{
    // A line with nothing on it is not a record: Excel and people leave blank lines at the end.
    if (m_recordHasContent) {
        endField();
        m_records.append({ m_recordLine, m_fields });
    }
    m_fields.clear();
    m_field.clear();
    m_state = State::FieldStart;
    m_recordHasContent = false;
}

CsvDocument Parser::fail(int line, const QString& message) const
{
    CsvDocument doc;
    doc.error = CsvReadError { line, message };
    return doc;
}

CsvDocument Parser::run()
{
    int quoteLine = 0;
    for (qsizetype i = 0; i < m_b.size(); ++i) {
        const char c = m_b.at(i);
        const bool lineBreak = c == '\n' || c == '\r';
        // CRLF is one line break: count it at the LF.
        const bool countsLine = c == '\n' || (c == '\r' && peek(i + 1) != '\n');

        if (m_state == State::Quoted) {
            if (c == '"') {
                if (peek(i + 1) == '"') {
                    m_field.append('"');
                    ++i;
                } else {
                    m_state = State::AfterQuote;
                }
            } else {
                m_field.append(c);
                if (countsLine)
                    ++m_line;
            }
            continue;
        }

        if (lineBreak) {
            if (c == '\r' && peek(i + 1) == '\n')
                ++i;
            endRecord();
            ++m_line;
            m_recordLine = m_line;
            continue;
        }
        if (c == ',') {
            endField();
            m_recordHasContent = true;
            continue;
        }
        if (m_state == State::AfterQuote)
            return fail(m_line,
                tr("Field %1: text follows the closing quote; a quoted field must end right "
                   "after its closing quote (write a quote inside it as two quotes \"\").")
                    .arg(fieldNumber()));
        m_recordHasContent = true;
        if (c == '"') {
            if (m_state == State::Unquoted)
                return fail(m_line,
                    tr("Field %1: a quote inside a field that does not start with a quote; "
                       "enclose the field in quotes and write the quote as two quotes \"\".")
                        .arg(fieldNumber()));
            m_state = State::Quoted;
            quoteLine = m_line;
            continue;
        }
        m_field.append(c);
        m_state = State::Unquoted;
    }
    if (m_state == State::Quoted)
        return fail(
            quoteLine, tr("Field %1: the quote opened here is never closed.").arg(fieldNumber()));
    endRecord();

    CsvDocument doc;
    doc.records = std::move(m_records);
    return doc;
}

} // namespace

CsvDocument CsvReader::read(const QByteArray& bytes)
{
    if (auto error = checkText(bytes)) {
        CsvDocument doc;
        doc.error = std::move(error);
        return doc;
    }
    static const QByteArray bom("\xEF\xBB\xBF");
    const QByteArray text = bytes.startsWith(bom) ? bytes.mid(bom.size()) : bytes;
    return Parser(text).run();
}

namespace CsvImport {

void forEachRow(const QByteArray& csv, const QStringList& known, const QStringList& required,
    QList<CsvProblem>& problems,
    const std::function<void(const CsvRecord&, const QHash<QString, int>&)>& readRow)
{
    const CsvDocument doc = CsvReader::read(csv);
    if (doc.error) {
        problems.append({ doc.error->line, {}, doc.error->message });
        return;
    }
    if (doc.records.isEmpty()) {
        problems.append({ 1, {},
            QCoreApplication::translate("stepwise::CsvImport",
                "The file is empty: its first line must name the columns (%1).")
                .arg(required.join(QStringLiteral(", "))) });
        return;
    }
    const auto header = readHeader(doc.records.first(), known, required, problems);
    if (!header)
        return;
    for (qsizetype i = 1; i < doc.records.size(); ++i) {
        const CsvRecord& record = doc.records.at(i);
        // Spreadsheets save rows that only ever had formatting as a line of commas.
        if (!isBlank(record))
            readRow(record, *header);
    }
}

bool isBlank(const CsvRecord& record)
{
    return std::all_of(record.fields.cbegin(), record.fields.cend(),
        [](const QString& f) { return f.trimmed().isEmpty(); });
}

std::optional<QHash<QString, int>> readHeader(const CsvRecord& header, const QStringList& known,
    const QStringList& required, QList<CsvProblem>& problems)
{
    auto tr
        = [](const char* text) { return QCoreApplication::translate("stepwise::CsvImport", text); };
    const qsizetype before = problems.size();
    QHash<QString, int> indexes;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString raw = header.fields.at(i).trimmed();
        const QString name = raw.toLower();
        if (name.isEmpty()) {
            problems.append(
                { header.line, {}, tr("Column %1 of the header has no name.").arg(i + 1) });
        } else if (!known.contains(name)) {
            problems.append({ header.line, raw,
                tr("Unknown column \"%1\". The columns are: %2.")
                    .arg(raw, known.join(QStringLiteral(", "))) });
        } else if (indexes.contains(name)) {
            problems.append({ header.line, name, tr("The column %1 appears twice.").arg(name) });
        } else {
            indexes.insert(name, int(i));
        }
    }
    for (const QString& name : required) {
        if (!indexes.contains(name))
            problems.append(
                { header.line, name, tr("The required column %1 is missing.").arg(name) });
    }
    if (problems.size() != before)
        return std::nullopt;
    return indexes;
}

} // namespace CsvImport
} // namespace stepwise
