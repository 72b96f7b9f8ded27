// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptionalDateEdit.h"

#include "common/Clock.h"
#include "common/Format.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace stepwise {

OptionalDateEdit::OptionalDateEdit(const QString& checkText, QWidget* parent)
    : QWidget(parent)
    , m_check(new QCheckBox(checkText, this))
    , m_edit(new QDateEdit(Clock::instance().today(), this))
{
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(Format::dateFormat());
    m_edit->setEnabled(false);
    setFocusProxy(m_check);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit);
    layout->addStretch(1);
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on && m_check->isEnabled());
        if (on)
            m_edit->setFocus();
        emit dateChanged(date());
    });
    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        if (m_check->isChecked())
            emit dateChanged(date());
    });
}

QDate OptionalDateEdit::date() const
{
    return m_check->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate& date)
{
    const QSignalBlocker blockCheck(m_check);
    const QSignalBlocker blockEdit(m_edit);
    m_check->setChecked(date.isValid());
    m_edit->setDate(date.isValid() ? date : Clock::instance().today());
    m_edit->setEnabled(date.isValid() && m_check->isEnabled());
}

void OptionalDateEdit::setReadOnly(bool readOnly)
{
    m_check->setEnabled(!readOnly);
    m_edit->setEnabled(!readOnly && m_check->isChecked());
}

} // namespace stepwise
