// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace stepwise::Html {

// Every piece of text a user typed goes through escape() or paragraph() before it joins a
// document's HTML, so a name like "<b>Dr</b>" prints as typed and never as markup.
QString escape(const QString& text);
// Escaped, with line breaks kept; an empty text gives an empty string.
QString paragraph(const QString& text);
QString heading(int level, const QString& text); // escaped
// A table of already-built cells (escape them first); the header row repeats on each page.
QString table(const QStringList& headers, const QList<QStringList>& rows);
// "Label: value" lines as a two-column table without borders; both escaped here.
QString fields(const QList<QPair<QString, QString>>& labelValues);
// A line to sign on, with the name and date under it when known (escaped here).
QString signatureLine(const QString& role, const QString& name = {}, const QString& date = {});

} // namespace stepwise::Html
