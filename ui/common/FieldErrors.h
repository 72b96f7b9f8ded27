// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QLabel;
class QWidget;

namespace stepwise {

class MessageBar;

// Shows core's FieldErrors beside the fields of a form: a small red label under the field and
// the field itself highlighted. Keys are the ones core uses (ParticipantRules::DateOfBirth...).
class FieldErrors : public QObject
{
    Q_OBJECT
public:
    explicit FieldErrors(QWidget* form);

    // A container with `field` on top and its (hidden) error label below, for a form layout.
    QWidget* wrap(const QString& key, QWidget* field);
    // Registers an extra key whose message goes beside an already wrapped field.
    void alias(const QString& key, const QString& existingKey);

    // Replaces what is shown. Returns the errors that belong to no field of this form, for the
    // caller to show elsewhere (a message bar).
    QList<FieldError> show(const QList<FieldError>& errors);
    void clear();

    QString message(const QString& key) const;
    QLabel* label(const QString& key) const;
    QWidget* firstInvalidField() const;

    // A refusal from core as a form shows it: each field error beside its field, the first such
    // field focused; an error of no field here (or one that is not about the input) in `bar`;
    // then room made in `window`.
    void present(const Error& error, MessageBar* bar, QWidget* window);

    // Grows `window` so messages that appeared (or wrapped onto more lines) fit without
    // squeezing the fields; wrapped labels make sizeHint() underestimate the height.
    static void makeRoom(QWidget* window);

    // The object name of a key's error label, so tests can find it.
    static QString labelName(const QString& key);

private:
    struct Entry
    {
        QPointer<QWidget> field;
        QPointer<QLabel> label;
    };
    void setInvalid(QWidget* field, bool invalid, const QString& message);

    QWidget* m_form;
    QList<QString> m_order; // form order, to focus the first invalid field
    QHash<QString, Entry> m_entries;
    QHash<QString, QString> m_aliases;
};

} // namespace stepwise
