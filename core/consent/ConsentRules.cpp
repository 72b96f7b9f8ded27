// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsentRules.h"

#include <QCoreApplication>
#include <QStringList>

namespace stepwise::ConsentRules {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::ConsentRules", text);
}

// ISO dates: the same on screen as on a document sent to a recipient in another locale.
QString day(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

bool blank(const QString& s)
{
    return s.trimmed().isEmpty();
}

FieldError problem(const char* field, const QString& message)
{
    return { QLatin1String(field), message };
}

QString inEffectText(const Consent& c)
{
    const QString event = c.expiryEvent.trimmed();
    if (c.expiryDate.isValid() && !event.isEmpty())
        return tr("In effect through %1, or until %2 if that comes first.")
            .arg(day(c.expiryDate), event);
    if (c.expiryDate.isValid())
        return tr("In effect through %1.").arg(day(c.expiryDate));
    return tr("In effect until %1.").arg(event);
}

} // namespace

ConsentValidity validity(const Consent& c, const QDate& on)
{
    // Revocation first: it is the participant's own word and outranks every other state.
    // From the revocation day on nothing may go out: we cannot tell the hour it was revoked.
    if (c.revokedDate.isValid() && on >= c.revokedDate)
        return ConsentValidity::Revoked;
    if (!c.signedDate.isValid())
        return ConsentValidity::NotSigned;
    // A form signed ahead of its start: "takes effect on" tells people more than "signed on".
    if (!c.startDate.isValid() || on < c.startDate)
        return ConsentValidity::NotYetStarted;
    if (on < c.signedDate)
        return ConsentValidity::NotSigned;
    // The expiry date is the last day the consent is in effect: "expires on 30 June" still
    // covers a disclosure on 30 June, as the participant reading the form would expect.
    if (c.expiryDate.isValid() && on > c.expiryDate)
        return ConsentValidity::Expired;
    // Unlike the date, an event has no "through": from the day it occurred the consent is over,
    // as with a revocation, since we cannot tell the hour.
    if (c.eventOccurredOn.isValid() && on >= c.eventOccurredOn)
        return ConsentValidity::ExpiryEventPassed;
    return ConsentValidity::Valid;
}

ConsentStatus status(const Consent& c, const QDate& on)
{
    ConsentStatus s;
    s.validity = validity(c, on);
    switch (s.validity) {
    case ConsentValidity::Valid:
        s.reason = inEffectText(c);
        break;
    case ConsentValidity::NotSigned:
        s.reason = c.signedDate.isValid()
            ? tr("Not signed yet on %1: signed on %2.").arg(day(on), day(c.signedDate))
            : tr("Not signed: a consent allows no disclosure until the participant signs it.");
        break;
    case ConsentValidity::NotYetStarted:
        s.reason = tr("Not in effect yet: it takes effect on %1.").arg(day(c.startDate));
        break;
    case ConsentValidity::Expired:
        s.reason = tr("Expired: the last day it was in effect was %1.").arg(day(c.expiryDate));
        break;
    case ConsentValidity::ExpiryEventPassed:
        s.reason
            = tr("Ended: %1 occurred on %2.").arg(c.expiryEvent.trimmed(), day(c.eventOccurredOn));
        break;
    case ConsentValidity::Revoked:
        s.reason = c.revocationReason.trimmed().isEmpty()
            ? tr("Revoked on %1.").arg(day(c.revokedDate))
            : tr("Revoked on %1: %2").arg(day(c.revokedDate), c.revocationReason.trimmed());
        break;
    }
    return s;
}

QString label(ConsentValidity v)
{
    switch (v) {
    case ConsentValidity::Valid:
        return tr("Valid");
    case ConsentValidity::NotSigned:
        return tr("Not signed");
    case ConsentValidity::NotYetStarted:
        return tr("Not yet in effect");
    case ConsentValidity::Expired:
        return tr("Expired");
    case ConsentValidity::ExpiryEventPassed:
        return tr("Ended by event");
    case ConsentValidity::Revoked:
        return tr("Revoked");
    }
    return {};
}

QList<FieldError> validate(const Consent& c, const QDate& today)
{
    QList<FieldError> problems;
    if (blank(c.recipientName) && blank(c.recipientOrganization))
        problems.append(problem(Recipient,
            tr("Name the person or the organization that may receive the information.")));
    if (blank(c.purpose))
        problems.append(problem(Purpose, tr("State the purpose of the disclosure.")));
    if (blank(c.information))
        problems.append(problem(
            Information, tr("Describe how much and what kind of information may be disclosed.")));
    if (!c.startDate.isValid())
        problems.append(problem(StartDate, tr("Enter the day the consent takes effect.")));
    if (!c.expiryDate.isValid() && blank(c.expiryEvent))
        problems.append(problem(
            Expiry, tr("Give the day the consent expires, the event that ends it, or both.")));
    else if (c.expiryDate.isValid() && c.startDate.isValid() && c.expiryDate < c.startDate)
        problems.append(problem(Expiry,
            tr("The consent cannot expire before it takes effect (%1).").arg(day(c.startDate))));
    if (c.signedDate.isValid() && c.signedDate > today)
        problems.append(problem(SignedDate, tr("The signature date cannot be in the future.")));
    return problems;
}

QList<FieldError> validateRevocation(
    const Consent& c, const QDate& date, const QString& reason, const QDate& today)
{
    QList<FieldError> problems;
    if (c.revokedDate.isValid()) {
        problems.append(problem(
            RevokedDate, tr("This consent was already revoked on %1.").arg(day(c.revokedDate))));
        return problems;
    }
    if (!date.isValid())
        problems.append(
            problem(RevokedDate, tr("Enter the day the participant revoked the consent.")));
    else if (date > today)
        problems.append(problem(RevokedDate,
            tr("Record a revocation when it happens: the date cannot be in the future.")));
    else if (c.signedDate.isValid() && date < c.signedDate)
        problems.append(problem(RevokedDate,
            tr("The consent cannot be revoked before it was signed (%1).").arg(day(c.signedDate))));
    if (blank(reason))
        problems.append(problem(RevocationReason,
            tr("Record how the participant revoked the consent (in writing, orally) and why, "
               "if they said.")));
    return problems;
}

QList<FieldError> validateSignature(const Consent& c, const QDate& date, const QDate& today)
{
    QList<FieldError> problems;
    if (c.signedDate.isValid())
        problems.append(problem(
            SignedDate, tr("The signature was already recorded (%1).").arg(day(c.signedDate))));
    else if (c.revokedDate.isValid())
        problems.append(problem(SignedDate, tr("A revoked consent cannot be signed.")));
    else if (!date.isValid())
        problems.append(problem(SignedDate, tr("Enter the day the participant signed.")));
    else if (date > today)
        problems.append(problem(SignedDate, tr("The signature date cannot be in the future.")));
    return problems;
}

QList<FieldError> validateEventOccurred(const Consent& c, const QDate& date, const QDate& today)
{
    QList<FieldError> problems;
    if (blank(c.expiryEvent))
        problems.append(problem(EventOccurredOn, tr("This consent names no expiry event.")));
    else if (c.eventOccurredOn.isValid())
        problems.append(problem(EventOccurredOn,
            tr("The expiry event was already recorded on %1.").arg(day(c.eventOccurredOn))));
    else if (!date.isValid())
        problems.append(problem(EventOccurredOn, tr("Enter the day the event occurred.")));
    else if (date > today)
        problems.append(problem(EventOccurredOn,
            tr("Record the event when it happens: the date cannot be in the future.")));
    return problems;
}

QString recipientText(const Consent& c)
{
    QStringList parts;
    if (!blank(c.recipientName))
        parts.append(c.recipientName.trimmed());
    if (!blank(c.recipientOrganization))
        parts.append(c.recipientOrganization.trimmed());
    return parts.join(QStringLiteral(", "));
}

QString periodText(const Consent& c)
{
    const QString event = c.expiryEvent.trimmed();
    const QString from = day(c.startDate);
    if (c.expiryDate.isValid() && !event.isEmpty())
        return tr("%1 through %2, or until %3 if that comes first")
            .arg(from, day(c.expiryDate), event);
    if (c.expiryDate.isValid())
        return tr("%1 through %2").arg(from, day(c.expiryDate));
    return tr("%1 until %2").arg(from, event);
}

QString describe(const Consent& c)
{
    QStringList lines;
    lines.append(c.id > 0
            ? tr("Written consent no. %1 of the participant named in this record.").arg(c.id)
            : tr("Written consent of the participant named in this record."));
    lines.append(c.signedDate.isValid() ? tr("Signed on: %1").arg(day(c.signedDate))
                                        : tr("Signed on: not signed"));
    lines.append(tr("Disclosure to: %1").arg(recipientText(c)));
    lines.append(tr("Purpose: %1").arg(c.purpose.trimmed()));
    lines.append(tr("Information that may be disclosed: %1").arg(c.information.trimmed()));
    lines.append(tr("In effect: %1").arg(periodText(c)));
    if (c.eventOccurredOn.isValid())
        lines.append(tr("Expiry event recorded as occurred on: %1").arg(day(c.eventOccurredOn)));
    if (c.revokedDate.isValid())
        lines.append(tr("Revoked on: %1").arg(day(c.revokedDate)));
    // 42 CFR 2.31(a) asks the consent to state the right to revoke; the copy repeats it.
    lines.append(tr("The participant may revoke this consent at any time, except for what was "
                    "already disclosed relying on it."));
    return lines.join(QLatin1Char('\n'));
}

} // namespace stepwise::ConsentRules
