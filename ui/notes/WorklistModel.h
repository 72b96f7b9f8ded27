// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RowTableModel.h"
#include "storage/NoteStore.h"

#include <QDateTime>

namespace stepwise {

// One line of a worklist: a note, or the parts of one group note together.
struct WorklistRow
{
    NoteSummary note;   // for a group: its first part
    QList<Id> noteIds;  // every note the row stands for
    bool group = false; // the parts of one group note
};

// One of the three lists of the notes worklist. The columns depend on the list: who wrote it
// and when it was signed for the co-sign queue, the state and the supervisor's comment for
// one's own drafts and returned notes, the author and how late for late notes.
class WorklistModel : public RowTableModel<WorklistRow>
{
    Q_OBJECT
public:
    enum class Kind { Cosign, Mine, Late };
    enum Column { Participant, Date, Occasion, Author, Signed, State, Comment, LateBy };

    explicit WorklistModel(Kind kind, QObject* parent = nullptr);

    Kind kind() const { return m_kind; }
    // The parts of a group note waiting together (for co-signature, or unsigned) become one
    // row, where the first of them was.
    void setNotes(const QList<NoteSummary>& notes, const QDateTime& nowUtc);
    // Where `column` is shown, or -1 when this list has no such column.
    int columnOf(Column column) const { return int(m_columns.indexOf(column)); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Kind m_kind;
    QList<Column> m_columns;
    QDateTime m_now;
};

} // namespace stepwise
