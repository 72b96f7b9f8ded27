// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReassignDialog.h"

#include "common/FieldErrors.h"
#include "common/MessageBar.h"
#include "common/PlainLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace stepwise {

ReassignDialog::ReassignDialog(Database& db, QList<Chosen> participants, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_participants(std::move(participants))
    , m_messageBar(new MessageBar(this))
    , m_list(new QListWidget(this))
    , m_counselor(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("ReassignDialog"));
    setWindowTitle(tr("Reassign Participants"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(new PlainLabel(m_participants.size() == 1
            ? tr("Move this participant to another counselor's caseload:")
            : tr("Move these %1 participants to another counselor's caseload:")
                  .arg(m_participants.size()),
        this));
    // List items are plain text: names are shown as typed.
    for (const Chosen& c : std::as_const(m_participants))
        m_list->addItem(c.label);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setMaximumHeight(m_list->sizeHintForRow(0) * std::min<int>(6, m_list->count()) + 8);
    layout->addWidget(m_list);

    auto* form = new QFormLayout;
    m_counselor->setObjectName(QStringLiteral("counselorBox"));
    m_counselor->setAccessibleName(tr("Receiving counselor"));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Optional: kept in the audit trail"));
    m_reason->setMaxLength(300);
    form->addRow(tr("&To counselor:"), m_errors->wrap(QStringLiteral("counselor"), m_counselor));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Reassign"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReassignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    auto counselors = ReassignmentStore(m_db).receivingCounselors();
    if (!counselors) {
        m_messageBar->showMessage(counselors.error().message);
    } else {
        m_counselors = counselors.value();
        m_counselor->addItem(tr("Choose a counselor\u2026"), QVariant());
        for (const ReceivingCounselor& c : std::as_const(m_counselors)) {
            // The load the counselor carries now, so the supervisor sees where it lands.
            m_counselor->addItem(
                tr("%1 \u2014 %2 in care").arg(c.name).arg(c.inCare), QVariant::fromValue(c.id));
        }
    }
    connect(m_counselor, &QComboBox::currentIndexChanged, this, &ReassignDialog::updateButton);
    updateButton();
    m_counselor->setFocus();
}

void ReassignDialog::updateButton()
{
    const QVariant chosen = m_counselor->currentData();
    bool someoneMoves = false;
    for (const Chosen& c : std::as_const(m_participants))
        someoneMoves = someoneMoves || (chosen.isValid() && c.counselorId != chosen.toLongLong());
    m_ok->setEnabled(someoneMoves);
    m_ok->setToolTip(chosen.isValid() && !someoneMoves
            ? tr("Everyone chosen is already on this caseload")
            : QString());
}

void ReassignDialog::accept()
{
    const QVariant chosen = m_counselor->currentData();
    if (!chosen.isValid())
        return;
    QList<Id> ids;
    for (const Chosen& c : std::as_const(m_participants))
        ids.append(c.id);
    auto moved = ReassignmentStore(m_db).reassign(ids, chosen.toLongLong(), m_reason->text());
    if (!moved) {
        m_errors->present(moved.error(), m_messageBar, this);
        return;
    }
    m_moved = moved.value();
    QDialog::accept();
}

} // namespace stepwise
