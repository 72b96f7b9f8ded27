// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseloadModel.h"

#include "common/Clock.h"
#include "common/Format.h"
#include "instruments/Instrument.h"
#include "reports/PhaseColors.h"

#include <QFont>

namespace stepwise {

int CaseloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void CaseloadModel::setRows(QList<CaseloadRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_searchText.clear();
    m_searchText.reserve(m_rows.size());
    for (const CaseloadRow& row : std::as_const(m_rows)) {
        m_searchText.append(fold(row.recordNumber + QLatin1Char('\n') + row.legalFirstName
            + QLatin1Char('\n') + row.legalLastName + QLatin1Char('\n') + row.preferredName
            + QLatin1Char('\n') + row.name));
    }
    endResetModel();
}

QString CaseloadModel::fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        folded.append(c);
    }
    return folded.toCaseFolded();
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const
{
    const CaseloadRow* row = rowAt(index);
    if (!row)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, column);
    case SortRole:
        return sortKey(*row, column);
    case SearchTextRole:
        return m_searchText.value(index.row());
    case ParticipantIdRole:
        return row->participantId;
    case PhaseRole:
        return row->phase ? int(*row->phase) : -1;
    case StatusRole:
        return int(row->status);
    case CounselorIdRole:
        return row->counselorId;
    case NeedsAttentionRole:
        return row->needsAttention();

    case Qt::TextAlignmentRole:
        if (column == Age || column == DaysInPhase)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (column == Phase && row->phase)
            return phaseColor(*row->phase);
        return {};
    case Qt::ForegroundRole:
        if (column == Attention && row->openSafetyAlerts > 0)
            return QColor(0x99, 0x1b, 0x1b);
        if (column == Attention && row->needsAttention())
            return QColor(0x92, 0x40, 0x0e);
        // Not in care: still findable, but visibly not part of today's work.
        if (row->status == ParticipantStatus::Discharged || !row->phase)
            return QColor(Qt::gray);
        return {};
    case Qt::AccessibleTextRole:
        return display(*row, column);
    }
    return {};
}

QVariant CaseloadModel::display(const CaseloadRow& row, int column) const
{
    switch (column) {
    case RecordNumber:
        return row.recordNumber;
    case Name:
        return row.name;
    case Age:
        return row.age < 0 ? QString() : QString::number(row.age);
    case Phase:
        return row.phase ? label(*row.phase) : tr("Not in care");
    case DaysInPhase:
        return row.daysInPhase < 0 ? QString() : QString::number(row.daysInPhase);
    case Counselor:
        return row.counselorId == 0 ? tr("Unassigned") : row.counselorName;
    case Status:
        return label(row.status);
    case Attention:
        return attentionText(row, Clock::instance().today());
    }
    return {};
}

QString CaseloadModel::attentionText(const CaseloadRow& row, const QDate& today)
{
    QStringList parts;
    if (row.openSafetyAlerts > 0)
        parts.append(tr("\u26A0 Safety alert"));
    parts += row.attendance.describe();
    if (row.daysOverExpectedLength > 0)
        parts.append(
            tr("Past expected length by %1").arg(Format::days(row.daysOverExpectedLength)));
    for (const DueAssessment& due : row.overdueAssessments) {
        const InstrumentDefinition* d = Instruments::find(due.instrument);
        parts.append(tr("%1 overdue %2")
                         .arg(d ? d->name : due.instrument, Format::days(due.daysOverdue(today))));
    }
    parts += row.recoveryFlags;
    if (row.planDue)
        parts.append(row.planDue->summary());
    if (row.lateUnsignedNotes > 0)
        parts.append(row.lateUnsignedNotes == 1
                ? tr("1 unsigned note past deadline")
                : tr("%1 unsigned notes past deadline").arg(row.lateUnsignedNotes));
    return parts.join(QStringLiteral(" \u00B7 "));
}

QVariant CaseloadModel::sortKey(const CaseloadRow& row, int column) const
{
    switch (column) {
    case Age:
        return row.age;
    case DaysInPhase:
        return row.daysInPhase;
    case Phase:
        // In care order; people not in care after aftercare.
        return row.phase ? int(*row.phase) : int(allValues<PhaseKind>().size());
    case Status:
        return int(row.status);
    case Attention: {
        // Safety alerts first, then attendance (absences in a row, no attendance, below hours),
        // then the most overdue assessment.
        int worst = 0;
        for (const DueAssessment& due : row.overdueAssessments)
            worst = std::max(worst, due.daysOverdue(Clock::instance().today()));
        const AttendanceFlags& a = row.attendance;
        const int attendance = (a.consecutiveUnexcused >= 2 ? 4000 + a.consecutiveUnexcused : 0)
            + (a.noAttendanceIn7Days ? 2000 : 0) + (a.belowRequiredLastWeek ? 1000 : 0);
        // Toxicology after attendance; late plans and notes with the overdue assessments.
        const int recovery = row.recoveryFlags.isEmpty() ? 0 : 500;
        const int records = (row.planDue ? std::min(row.planDue->daysOverdue, 99) : 0)
            + (row.lateUnsignedNotes > 0 ? 50 : 0);
        return (row.openSafetyAlerts > 0 ? 100000 : 0) + attendance + recovery + worst + records
            + std::min(row.daysOverExpectedLength, 999);
    }
    default:
        return display(row, column);
    }
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (section == Age || section == DaysInPhase)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecordNumber:
        return tr("Record no.");
    case Name:
        return tr("Name");
    case Age:
        return tr("Age");
    case Phase:
        return tr("Phase");
    case DaysInPhase:
        return tr("Days in phase");
    case Counselor:
        return tr("Counselor");
    case Status:
        return tr("Status");
    case Attention:
        return tr("Needs attention");
    }
    return {};
}

Id CaseloadModel::participantIdAt(const QModelIndex& index) const
{
    const CaseloadRow* row = rowAt(index);
    return row ? row->participantId : 0;
}

int CaseloadModel::rowOfParticipant(Id participantId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).participantId == participantId)
            return i;
    }
    return -1;
}

} // namespace stepwise
