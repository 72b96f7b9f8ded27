// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenHistoryDialog.h"

#include "AppContext.h"
#include "common/Format.h"
#include "recovery/Analyte.h"
#include "storage/Database.h"
#include "storage/MedicationStore.h"
#include "storage/ToxicologyStore.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace stepwise {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

ScreenHistoryDialog::ScreenHistoryDialog(AppContext& context, Id screenId, QWidget* parent)
    : QDialog(parent)
    , m_view(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("ScreenHistoryDialog"));
    setWindowTitle(tr("Drug Screen"));
    m_view->setObjectName(QStringLiteral("screenView"));
    m_view->setAccessibleName(tr("Drug screen and its versions"));
    m_view->setOpenLinks(false);
    Database& db = context.database();
    auto versions = ToxicologyStore(db).versions(screenId);
    if (!versions) {
        m_view->setPlainText(tr("The screen could not be read: %1").arg(versions.error().message));
    } else {
        m_versions = *versions;
        QList<Medication> meds;
        if (!m_versions.isEmpty()) {
            if (auto m = MedicationStore(db).medications(m_versions.first().participantId))
                meds = *m;
        }
        m_view->setHtml(html(m_versions, meds));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScreenHistoryDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 36);
}

QString ScreenHistoryDialog::text() const
{
    return m_view->toPlainText();
}

QString ScreenHistoryDialog::html(
    const QList<ToxScreen>& versions, const QList<Medication>& medications)
{
    QString out;
    // Newest first: the version in force is what the reader wants; history follows.
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const ToxScreen& s = *it;
        QString title = tr("Version %1").arg(s.versionNumber);
        if (!s.superseded)
            title += QLatin1Char(' ') + tr("(current)");
        out += QStringLiteral("<h3>%1</h3><p>").arg(esc(title));
        out += esc(tr("Collected %1, %2, %3; %4.")
                       .arg(Format::date(s.collectedOn),
                           s.observed ? tr("observed") : tr("not observed"),
                           label(s.specimen).toLower(), Analytes::panelLabel(s.panel)));
        out += QStringLiteral("<br>")
            + esc(tr("Recorded %1 by %2.")
                      .arg(Format::date(s.recordedAt.toLocalTime().date()), s.recordedByName));
        if (!s.correctionReason.isEmpty())
            out += QStringLiteral("<br>") + esc(tr("Reason for correction: %1").arg(s.correctionReason));
        out += QStringLiteral("</p><table cellspacing=\"0\" cellpadding=\"2\">");
        for (const ToxResult& r : s.results) {
            const bool alarm = r.result == ToxResultValue::Positive && !r.expected;
            QString value = label(r.result);
            if (r.expected)
                value += QStringLiteral(" \u2014 ") + tr("expected: %1").arg(r.expectedReason);
            out += QStringLiteral("<tr><td>%1</td><td%2>%3</td></tr>")
                       .arg(esc(Analytes::label(r.analyte)),
                           alarm ? QStringLiteral(" style=\"color:#b00020; font-weight:bold\"")
                                 : QString(),
                           esc(value));
        }
        out += QStringLiteral("</table>");
        QStringList findings;
        for (const ToxFinding& f : ToxicologyRules::summarize(s, medications).findings)
            findings.append(esc(f.text));
        if (!findings.isEmpty())
            out += QStringLiteral("<p>%1<br>%2</p>")
                       .arg(esc(tr("Findings:")), findings.join(QStringLiteral("<br>")));
        if (!s.note.isEmpty())
            out += QStringLiteral("<p>%1</p>").arg(esc(tr("Note: %1").arg(s.note)));
    }
    return out;
}

} // namespace stepwise
