// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorklistModel.h"

#include "NoteText.h"
#include "common/Format.h"

#include <QBrush>
#include <QHash>

namespace stepwise {

WorklistModel::WorklistModel(Kind kind, QObject* parent)
    : RowTableModel(parent)
    , m_kind(kind)
{
    switch (kind) {
    case Kind::Cosign:
        m_columns = { Participant, Date, Occasion, Author, Signed };
        break;
    case Kind::Mine:
        m_columns = { Participant, Date, Occasion, State, Comment };
        break;
    case Kind::Late:
        m_columns = { Participant, Date, Occasion, Author, LateBy };
        break;
    }
}

void WorklistModel::setNotes(const QList<NoteSummary>& notes, const QDateTime& nowUtc)
{
    m_now = nowUtc;
    QList<WorklistRow> rows;
    QHash<Id, int> groupRow;
    for (const NoteSummary& n : notes) {
        // Parts are written and co-signed together; a returned part is answered on its own.
        const bool together = m_kind == Kind::Cosign || !n.signedAt.isValid();
        if (n.groupNoteId > 0 && together) {
            if (const auto it = groupRow.constFind(n.groupNoteId); it != groupRow.constEnd()) {
                rows[it.value()].noteIds.append(n.id);
                continue;
            }
            groupRow.insert(n.groupNoteId, int(rows.size()));
            rows.append({ n, { n.id }, true });
            continue;
        }
        rows.append({ n, { n.id }, false });
    }
    setRows(rows);
}

int WorklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant WorklistModel::data(const QModelIndex& index, int role) const
{
    const WorklistRow* r = rowAt(index);
    if (!r || index.column() >= m_columns.size())
        return {};
    const NoteSummary& n = r->note;
    const Column column = m_columns.at(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Participant:
            if (!r->group)
                return NoteText::person(n.participantName, n.recordNumber);
            // Two strings rather than "(s)": English has no plural forms file to pick from.
            return r->noteIds.size() == 1
                ? tr("Group: %1, 1 participant").arg(n.sessionTitle)
                : tr("Group: %1, %2 participants").arg(n.sessionTitle).arg(r->noteIds.size());
        case Date:
            return Format::date(n.serviceDate);
        case Occasion:
            return r->group ? QString() : NoteText::occasion(n);
        case Author:
            return n.authorName;
        case Signed:
            return NoteText::when(n.signedAt);
        case State:
            return NoteText::state(n, m_now);
        case Comment:
            return n.returnComment;
        case LateBy:
            return NoteText::lateBy(n.deadline, m_now);
        }
    }
    if (role == Qt::ToolTipRole && column == Comment)
        return n.returnComment;
    if (role == Qt::ForegroundRole
        && ((column == State && (n.late(m_now) || n.state == NoteState::Returned))
            || column == LateBy))
        return QBrush(NoteText::warningColor());
    return {};
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section >= m_columns.size())
        return {};
    switch (m_columns.at(section)) {
    case Participant:
        return tr("Participant");
    case Date:
        return tr("Date");
    case Occasion:
        return tr("Session or contact");
    case Author:
        return tr("Author");
    case Signed:
        return tr("Signed");
    case State:
        return tr("State");
    case Comment:
        return tr("Supervisor's comment");
    case LateBy:
        return tr("Late by");
    }
    return {};
}

} // namespace stepwise
