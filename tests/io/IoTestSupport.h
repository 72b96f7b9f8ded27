// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>

// Readable failure output for Qt strings in Catch2 assertions.
namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template<> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& l)
    {
        std::string out = "{";
        for (const QString& s : l)
            out += " \"" + s.toStdString() + "\"";
        return out + " }";
    }
};
template<> struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray& b)
    {
        return '"' + QString::fromUtf8(b.toPercentEncoding(" ,\"'=+-@;[]()<>/:.")).toStdString()
            + '"';
    }
};
} // namespace Catch

namespace stepwise::test {

// Text as UTF-8 bytes, for CSV fixtures written as string literals.
inline QByteArray utf8(const char* text)
{
    return QByteArray(text);
}

} // namespace stepwise::test
