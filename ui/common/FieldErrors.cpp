// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldErrors.h"

#include "common/MessageBar.h"

#include <QLabel>
#include <QLayout>
#include <QVBoxLayout>

namespace stepwise {

namespace {
const char* const InvalidProperty = "fieldError";
// The property selector keeps the highlight off child widgets (a date edit's inner line edit).
const auto InvalidStyle = QStringLiteral(
    "*[fieldError=\"true\"] { border: 1px solid #c62828; background-color: #fdecea; }");
} // namespace

FieldErrors::FieldErrors(QWidget* form)
    : QObject(form)
    , m_form(form)
{ }

QString FieldErrors::labelName(const QString& key)
{
    return QStringLiteral("fieldError_") + key;
}

void FieldErrors::present(const Error& e, MessageBar* bar, QWidget* window)
{
    const QList<FieldError> rest = show(e.fields);
    if (e.code != ErrorCode::Validation || !rest.isEmpty() || e.fields.isEmpty())
        bar->showMessage(rest.isEmpty() ? e.message : rest.first().message);
    if (QWidget* first = firstInvalidField())
        first->setFocus();
    makeRoom(window);
}

void FieldErrors::makeRoom(QWidget* window)
{
    if (QLayout* layout = window->layout())
        layout->activate();
    const QSize hint = window->sizeHint();
    const int width = qMax(window->width(), hint.width());
    const int height = window->hasHeightForWidth() ? window->heightForWidth(width) : hint.height();
    window->resize(width, qMax(window->height(), height));
}

QWidget* FieldErrors::wrap(const QString& key, QWidget* field)
{
    auto* container = new QWidget(m_form);
    auto* layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    container->setFocusProxy(field); // the form label's mnemonic focuses the field itself

    auto* label = new QLabel(container);
    label->setObjectName(labelName(key));
    label->setTextFormat(Qt::PlainText); // messages may quote what was typed
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    label->setPalette(palette);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->hide();
    layout->addWidget(label);

    m_order.append(key);
    m_entries.insert(key, { field, label });
    return container;
}

void FieldErrors::alias(const QString& key, const QString& existingKey)
{
    m_aliases.insert(key, existingKey);
}

QList<FieldError> FieldErrors::show(const QList<FieldError>& errors)
{
    clear();
    QHash<QString, QStringList> messages;
    QList<FieldError> unplaced;
    for (const FieldError& error : errors) {
        const QString key = m_aliases.value(error.field, error.field);
        if (m_entries.contains(key))
            messages[key].append(error.message);
        else
            unplaced.append(error);
    }
    for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
        const Entry& entry = m_entries[it.key()];
        const QString text = it.value().join(QLatin1Char('\n'));
        if (entry.label) {
            entry.label->setText(text);
            entry.label->show();
        }
        setInvalid(entry.field, true, text);
    }
    return unplaced;
}

void FieldErrors::clear()
{
    for (const Entry& entry : std::as_const(m_entries)) {
        if (entry.label) {
            entry.label->clear();
            entry.label->hide();
        }
        setInvalid(entry.field, false, {});
    }
}

QString FieldErrors::message(const QString& key) const
{
    const Entry entry = m_entries.value(m_aliases.value(key, key));
    return entry.label && entry.label->isVisibleTo(m_form) ? entry.label->text() : QString();
}

QLabel* FieldErrors::label(const QString& key) const
{
    return m_entries.value(m_aliases.value(key, key)).label;
}

QWidget* FieldErrors::firstInvalidField() const
{
    for (const QString& key : m_order) {
        const Entry entry = m_entries.value(key);
        if (entry.field && entry.field->property(InvalidProperty).toBool())
            return entry.field;
    }
    return nullptr;
}

void FieldErrors::setInvalid(QWidget* field, bool invalid, const QString& message)
{
    if (!field)
        return;
    if (invalid && !field->property(InvalidProperty).toBool()) {
        // A style sheet lowers a field's minimum size; keep it as tall as it was.
        field->setProperty("fieldErrorMinHeight", field->minimumHeight());
        field->setMinimumHeight(qMin(field->maximumHeight(),
            qMax(field->minimumHeight(), field->minimumSizeHint().height())));
    } else if (!invalid && field->property(InvalidProperty).toBool()) {
        field->setMinimumHeight(field->property("fieldErrorMinHeight").toInt());
    }
    field->setProperty(InvalidProperty, invalid);
    field->setStyleSheet(invalid ? InvalidStyle : QString());
    field->setAccessibleDescription(message);
}

} // namespace stepwise
