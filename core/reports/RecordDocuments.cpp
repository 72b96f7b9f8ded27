// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordDocuments.h"

#include "domain/ProgramSettings.h"
#include "reports/Html.h"

#include <QCoreApplication>
#include <QLocale>

namespace stepwise::RecordDocuments {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::RecordDocuments", text);
}

QString when(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

RecordDocument base(const QString& title, const Participant& p, const ProgramSettings& s)
{
    RecordDocument d;
    d.title = title;
    d.participantName = p.sortName();
    d.recordNumber = p.recordNumber;
    d.dateOfBirth = p.dateOfBirth;
    d.clinicName = s.clinicName;
    d.programName = s.programName;
    return d;
}

QString signedLine(
    const QString& what, const QString& name, const QDateTime& at, const QString& hash)
{
    return QStringLiteral("<p><i>%1</i></p>")
        .arg(Html::escape(tr("%1 electronically by %2 on %3 (record %4)")
                              .arg(what, name, when(at), shortHash(hash))));
}

} // namespace

QString shortHash(const QString& hash)
{
    return hash.left(12);
}

RecordDocument note(const Note& n, const Participant& p, const ProgramSettings& s)
{
    RecordDocument d = base(tr("Progress Note"), p, s);
    QList<QPair<QString, QString>> fields {
        { tr("Service date"), n.serviceDate.toString(Qt::ISODate) },
        { tr("Contact"), label(n.contact) },
    };
    if (!n.sessionTitle.isEmpty())
        fields.append({ tr("Session"), n.sessionTitle });
    if (n.minutes)
        fields.append({ tr("Duration"), tr("%1 minutes").arg(*n.minutes) });
    fields.append({ tr("Format"), label(n.format) });
    fields.append({ tr("Clinician"), n.authorName });
    fields.append({ tr("Status"), label(n.state()) });
    QString html = Html::fields(fields);
    if (n.groupNoteId > 0) {
        html += Html::heading(2, tr("Group summary")) + Html::paragraph(n.groupSummary);
        html += Html::heading(2, tr("Individual note"));
    }
    for (const NoteSection& section : noteSections(n.format)) {
        html += Html::heading(3, section.label);
        const QString text = n.sections.value(section.key);
        html += text.trimmed().isEmpty() ? QStringLiteral("<p>\u2014</p>") : Html::paragraph(text);
    }
    if (n.isSigned())
        html += signedLine(tr("Signed"), n.authorName, n.signedAt, n.contentHash);
    else
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(Html::escape(tr("DRAFT: not signed. Not part of the record yet.")));
    if (n.cosignedAt.isValid())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(Html::escape(tr("Co-signed electronically by %1 on %2")
                                          .arg(n.cosignedByName, when(n.cosignedAt))));
    else if (n.cosignRequired && n.isSigned())
        html += QStringLiteral("<p>%1</p>")
                    .arg(Html::escape(tr("Awaiting a supervisor's co-signature.")));
    if (!n.addenda.isEmpty()) {
        html += Html::heading(2, tr("Addenda"));
        for (const NoteAddendum& a : n.addenda) {
            html += Html::paragraph(a.text);
            html += signedLine(a.groupNoteId > 0 ? tr("Addendum to the group summary, signed")
                                                 : tr("Addendum signed"),
                a.authorName, a.signedAt, a.contentHash);
        }
    }
    d.bodyHtml = html;
    return d;
}

RecordDocument discharge(const DischargeRecord& r, const Participant& p, const ProgramSettings& s,
    const QDate& admissionDate)
{
    RecordDocument d = base(tr("Discharge Summary"), p, s);
    QString reason = label(r.reason);
    if (!r.reasonNote.isEmpty())
        reason += QStringLiteral(": ") + r.reasonNote;
    QString condition = label(r.condition);
    if (!r.conditionNote.isEmpty())
        condition += QStringLiteral(": ") + r.conditionNote;
    QString html = Html::fields({
        { tr("Admitted"), admissionDate.toString(Qt::ISODate) },
        { tr("Discharged"), r.dischargeDate.toString(Qt::ISODate) },
        { tr("Reason"), reason },
        { tr("Condition at discharge"), condition },
    });
    if (!r.finalScores.isEmpty()) {
        html += Html::heading(2, tr("Measures"));
        QList<QStringList> rows;
        auto score = [](const std::optional<int>& total, const QString& band) {
            return Html::escape(total ? QStringLiteral("%1 %2").arg(*total).arg(band) : band);
        };
        for (const FinalScore& f : r.finalScores)
            rows.append({ Html::escape(f.name),
                Html::escape(f.firstDate.toString(Qt::ISODate)) + QStringLiteral("<br/>")
                    + score(f.firstTotal, f.firstBand),
                Html::escape(f.lastDate.toString(Qt::ISODate)) + QStringLiteral("<br/>")
                    + score(f.lastTotal, f.lastBand) });
        html += Html::table({ tr("Measure"), tr("First"), tr("Last") }, rows);
    }
    html += Html::heading(2, tr("Summary")) + Html::paragraph(r.summary);
    html += signedLine(tr("Signed"), r.signedByName, r.signedAt, r.contentHash);
    d.bodyHtml = html;
    return d;
}

} // namespace stepwise::RecordDocuments
