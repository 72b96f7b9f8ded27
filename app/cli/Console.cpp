// SPDX-License-Identifier: GPL-3.0-or-later
#include "Console.h"

#include <QCoreApplication>
#include <QIODevice>

namespace stepwise::cli {

namespace {

void writeLine(QIODevice& device, const QString& line)
{
    device.write(line.toUtf8() + '\n');
}

QString prefixed(const QString& reason)
{
    return QCoreApplication::applicationName() + QStringLiteral(": ") + printable(reason);
}

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString printable(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            result += QLatin1Char(' ');
        else if (c.category() == QChar::Other_Control || isBidiControl(c.unicode()))
            result += QChar(QChar::ReplacementCharacter);
        else
            result += c;
    }
    return result;
}

void Console::print(const QString& line)
{
    writeLine(m_out, line);
}

void Console::write(const QByteArray& bytes)
{
    m_out.write(bytes);
}

void Console::report(const QString& line)
{
    writeLine(m_err, printable(line));
}

void Console::prompt(const QString& text)
{
    m_err.write(printable(text).toUtf8());
}

int Console::fail(const QString& reason)
{
    writeLine(m_err, prefixed(reason));
    return Failed;
}

int Console::fail(const Error& error)
{
    // A single field's reason names the field too, as the longer form does for several.
    if (error.fields.size() == 1) {
        const FieldError& field = error.fields.first();
        return fail(QString(field.field + QStringLiteral(": ") + field.message).simplified());
    }
    return fail(error.fullMessage().simplified());
}

int Console::usage(const QString& reason)
{
    writeLine(m_err, prefixed(reason));
    return UsageError;
}

} // namespace stepwise::cli
