// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <utility>
#include <variant>

namespace stepwise {

// What went wrong, as a value the caller decides how to show. Core never shows dialogs.
enum class ErrorCode {
    Validation, // the input breaks a rule; see Error::fields
    NotFound,
    Conflict,     // e.g. a record number already taken
    Storage,      // SQLite refused a statement or transaction
    NotADatabase, // the file is not a Stepwise database (garbage, empty, another app's SQLite)
    Corrupt,      // a Stepwise database that fails its integrity check or is truncated
    NewerVersion, // written by a newer Stepwise; we leave it alone
    Io,           // the file cannot be read or written
    InvalidArgument,
    Unauthenticated, // no one is signed in, the password is wrong or the account is locked
    Forbidden,       // signed in, but the roles do not allow this (refused and audited)
};

// A rule broken by one field, so a form can show the reason beside that field.
struct FieldError
{
    QString field;   // a stable key such as "record_number", "date_of_birth"
    QString message; // translated, user-facing
    bool operator==(const FieldError&) const = default;
};

struct Error
{
    ErrorCode code = ErrorCode::Storage;
    QString message;          // translated one-line summary for the user
    QList<FieldError> fields; // for Validation and Conflict
    QString detail;           // technical detail (driver text), for logs and --verbose

    static Error validation(QList<FieldError> fields);
    QString fieldMessage(const QString& field) const;
    bool hasField(const QString& field) const { return !fieldMessage(field).isEmpty(); }
    // The summary followed by each field reason, for one-line CLI output.
    QString fullMessage() const;
};

template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(Error error)
        : m_data(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

} // namespace stepwise
