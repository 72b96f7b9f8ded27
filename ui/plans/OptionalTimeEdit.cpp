// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptionalTimeEdit.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeEdit>

namespace stepwise {

OptionalTimeEdit::OptionalTimeEdit(const QString& checkText, QWidget* parent)
    : QWidget(parent)
    , m_check(new QCheckBox(checkText, this))
    , m_edit(new QTimeEdit(QTime(9, 0), this))
{
    m_edit->setDisplayFormat(displayFormat());
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
        emit timeChanged(time());
    });
    connect(m_edit, &QTimeEdit::timeChanged, this, [this] {
        if (m_check->isChecked())
            emit timeChanged(time());
    });
}

QString OptionalTimeEdit::displayFormat()
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    return format.remove(seconds);
}

QString OptionalTimeEdit::text(const QTime& time)
{
    return time.isValid() ? QLocale().toString(time, displayFormat()) : QString();
}

QTime OptionalTimeEdit::time() const
{
    return m_check->isChecked() ? m_edit->time() : QTime();
}

void OptionalTimeEdit::setTime(const QTime& time)
{
    const QSignalBlocker blockCheck(m_check);
    const QSignalBlocker blockEdit(m_edit);
    m_check->setChecked(time.isValid());
    m_edit->setTime(time.isValid() ? time : QTime(9, 0));
    m_edit->setEnabled(time.isValid() && m_check->isEnabled());
}

void OptionalTimeEdit::setReadOnly(bool readOnly)
{
    m_check->setEnabled(!readOnly);
    m_edit->setEnabled(!readOnly && m_check->isChecked());
}

} // namespace stepwise
