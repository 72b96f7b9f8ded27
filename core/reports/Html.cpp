// SPDX-License-Identifier: GPL-3.0-or-later
#include "Html.h"

namespace stepwise::Html {

QString escape(const QString& text)
{
    return text.toHtmlEscaped();
}

QString paragraph(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    QString html = escape(trimmed);
    html.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return QStringLiteral("<p>") + html + QStringLiteral("</p>");
}

QString heading(int level, const QString& text)
{
    const QString n = QString::number(qBound(1, level, 4));
    return QStringLiteral("<h%1>%2</h%1>").arg(n, escape(text));
}

QString table(const QStringList& headers, const QList<QStringList>& rows)
{
    // Rules between rows and no vertical lines: a row that TableRowKeeper moves to the next
    // page leaves white space behind, not an empty box.
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                                  "style=\"border-collapse: collapse;\">");
    if (!headers.isEmpty()) {
        html += QStringLiteral("<thead><tr>");
        for (const QString& h : headers)
            html += QStringLiteral("<th align=\"left\" bgcolor=\"#e8e8e8\" "
                                   "style=\"border-bottom: 1px solid #555;\">")
                + escape(h) + QStringLiteral("</th>");
        html += QStringLiteral("</tr></thead>");
    }
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString& cell : row)
            html += QStringLiteral("<td valign=\"top\" style=\"border-bottom: 1px solid #bbb;\">")
                + cell + QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString fields(const QList<QPair<QString, QString>>& labelValues)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto& [label, value] : labelValues)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(escape(label),
                        escape(value).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    return html + QStringLiteral("</table>");
}

QString signatureLine(const QString& role, const QString& name, const QString& date)
{
    QString under = escape(role);
    if (!name.isEmpty())
        under += QStringLiteral(": ") + escape(name);
    if (!date.isEmpty())
        under += QStringLiteral(", ") + escape(date);
    return QStringLiteral("<table width=\"60%\" cellspacing=\"0\" cellpadding=\"0\" "
                          "style=\"margin-top: 24px;\"><tr><td style=\"border-bottom: 1px solid "
                          "black;\">&nbsp;</td></tr><tr><td><small>%1</small></td></tr></table>")
        .arg(under);
}

} // namespace stepwise::Html
