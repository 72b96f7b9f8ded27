// SPDX-License-Identifier: GPL-3.0-or-later
#include "DropInDialog.h"

#include "common/Clock.h"
#include "storage/CaseloadQuery.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stepwise {

DropInDialog::DropInDialog(Database& db, const QSet<Id>& onSheet, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add Drop-in"));
    setObjectName(QStringLiteral("DropInDialog"));

    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("dropInParticipant"));
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setMinimumContentsLength(36);
    m_combo->lineEdit()->setPlaceholderText(tr("Type part of a name or record number"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("dropInProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto rows = CaseloadQuery::rows(db, {}, Clock::instance().today());
    if (!rows) {
        m_problem->setText(
            tr("The list of participants could not be read: %1").arg(rows.error().message));
        m_problem->show();
    } else {
        for (const CaseloadRow& r : rows.value()) {
            // In care means a current phase; discharged and waiting people are not in groups.
            if (!r.phase || onSheet.contains(r.participantId))
                continue;
            m_candidates.append({ r.participantId, r.recordNumber, r.name });
            m_combo->addItem(
                tr("%1 (%2)", "name (record number)").arg(r.name, r.recordNumber), r.participantId);
        }
        if (m_candidates.isEmpty()) {
            m_problem->setText(tr("Everyone in care you can see is already on this sheet."));
            m_problem->show();
        }
    }
    m_combo->completer()->setFilterMode(Qt::MatchContains);
    m_combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_combo->setCurrentIndex(-1);
    // Enter takes what was typed (or the completion picked from the list) at once.
    connect(m_combo->lineEdit(), &QLineEdit::returnPressed, this, &DropInDialog::accept);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(hasCandidates());
    connect(buttons, &QDialogButtonBox::accepted, this, &DropInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DropInDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Participant:"), m_combo);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Who came without being expected?"), this));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_combo->setFocus();
}

bool DropInDialog::hasCandidates() const
{
    return !m_candidates.isEmpty();
}

int DropInDialog::match(const QString& typed) const
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return -1;
    const int exact = m_combo->findText(text, Qt::MatchFixedString);
    if (exact >= 0)
        return exact;
    // Part of a name or record number is enough when it names one person only.
    int found = -1;
    for (int i = 0; i < m_candidates.size(); ++i) {
        const Candidate& c = m_candidates.at(i);
        if (c.name.contains(text, Qt::CaseInsensitive)
            || c.recordNumber.contains(text, Qt::CaseInsensitive)) {
            if (found >= 0)
                return -2;
            found = i;
        }
    }
    return found;
}

void DropInDialog::accept()
{
    if (!isVisible())
        return; // Enter reaches both the line and the dialog's default button
    const int at = match(m_combo->currentText());
    if (at < 0) {
        m_problem->setText(at == -2
                ? tr("More than one participant matches; type more of the name or the record "
                     "number.")
                : tr("Choose a participant from the list."));
        m_problem->show();
        m_combo->setFocus();
        return;
    }
    const Candidate& c = m_candidates.at(at);
    m_chosenId = c.id;
    m_chosenRecord = c.recordNumber;
    m_chosenName = c.name;
    QDialog::accept();
}

} // namespace stepwise
