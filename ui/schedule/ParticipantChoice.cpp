// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParticipantChoice.h"

#include "common/Clock.h"
#include "storage/CaseloadQuery.h"

#include <QCompleter>

namespace stepwise {

ParticipantChoice::ParticipantChoice(Database& db, QWidget* parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    addItem(QString(), QVariant::fromValue<Id>(0));
    for (const auto& [id, text] : inCare(db))
        addItem(text, QVariant::fromValue<Id>(id));
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    setCurrentIndex(0);
}

QList<std::pair<Id, QString>> ParticipantChoice::inCare(Database& db)
{
    QList<std::pair<Id, QString>> list;
    auto rows = CaseloadQuery::rows(db, {}, Clock::instance().today());
    if (!rows)
        return list;
    for (const CaseloadRow& r : *rows) {
        if (r.phase)
            list.append({ r.participantId, QStringLiteral("%1 (%2)").arg(r.name, r.recordNumber) });
    }
    return list;
}

Id ParticipantChoice::participantId() const
{
    // The typed text must name a participant exactly; a half-typed name chooses no one.
    const int i = findText(currentText(), Qt::MatchFixedString);
    return i > 0 ? itemData(i).value<Id>() : 0;
}

void ParticipantChoice::setParticipantId(Id id)
{
    const int i = findData(QVariant::fromValue<Id>(id));
    setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace stepwise
