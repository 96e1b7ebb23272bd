# Written by scripts/facade.py from spec/openapi.yaml: edit the spec, run `make generate`.

"""The reporting-webhook event kinds of the spec, each with the generated model that types it.

``customerio.webhooks.parse_event`` looks an event's ``(object_type, metric)`` up in :data:`KINDS`,
then ``(None, metric)`` (person events accept any ``object_type``), and imports the model on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from customerio_openapi.models import (
        CustomerSubscribedEvent,
        CustomerSubscriptionPreferencesChangedEvent,
        CustomerUnsubscribedEvent,
        EmailAttemptedEvent,
        EmailBouncedEvent,
        EmailClickedEvent,
        EmailConvertedEvent,
        EmailDeliveredEvent,
        EmailDraftedEvent,
        EmailDroppedEvent,
        EmailFailedEvent,
        EmailOpenedEvent,
        EmailSentEvent,
        EmailSpammedEvent,
        EmailUndeliverableEvent,
        EmailUnsubscribedEvent,
        InAppAttemptedEvent,
        InAppClickedEvent,
        InAppConvertedEvent,
        InAppDraftedEvent,
        InAppFailedEvent,
        InAppOpenedEvent,
        InAppSentEvent,
        InAppUndeliverableEvent,
        PushAttemptedEvent,
        PushBouncedEvent,
        PushClickedEvent,
        PushConvertedEvent,
        PushDeliveredEvent,
        PushDraftedEvent,
        PushDroppedEvent,
        PushFailedEvent,
        PushOpenedEvent,
        PushSentEvent,
        PushUndeliverableEvent,
        SlackAttemptedEvent,
        SlackClickedEvent,
        SlackDraftedEvent,
        SlackFailedEvent,
        SlackSentEvent,
        SlackUndeliverableEvent,
        SmsAttemptedEvent,
        SmsBouncedEvent,
        SmsClickedEvent,
        SmsConvertedEvent,
        SmsDeliveredEvent,
        SmsDraftedEvent,
        SmsFailedEvent,
        SmsRepliedEvent,
        SmsSentEvent,
        SmsUndeliverableEvent,
        WebhookAttemptedEvent,
        WebhookClickedEvent,
        WebhookDraftedEvent,
        WebhookFailedEvent,
        WebhookSentEvent,
        WebhookUndeliverableEvent,
        WhatsAppAttemptedEvent,
        WhatsAppBouncedEvent,
        WhatsAppClickedEvent,
        WhatsAppConvertedEvent,
        WhatsAppDeliveredEvent,
        WhatsAppDraftedEvent,
        WhatsAppDroppedEvent,
        WhatsAppFailedEvent,
        WhatsAppOpenedEvent,
        WhatsAppRepliedEvent,
        WhatsAppSentEvent,
        WhatsAppUndeliverableEvent,
    )

#: ``(object_type, metric)`` → the event's model; ``object_type`` ``None`` matches any object type.
KINDS: dict[tuple[str | None, str], str] = {
    (None, "subscribed"): "CustomerSubscribedEvent",
    (None, "unsubscribed"): "CustomerUnsubscribedEvent",
    (None, "cio_subscription_preferences_changed"): "CustomerSubscriptionPreferencesChangedEvent",
    ("email", "drafted"): "EmailDraftedEvent",
    ("email", "attempted"): "EmailAttemptedEvent",
    ("email", "sent"): "EmailSentEvent",
    ("email", "delivered"): "EmailDeliveredEvent",
    ("email", "opened"): "EmailOpenedEvent",
    ("email", "clicked"): "EmailClickedEvent",
    ("email", "converted"): "EmailConvertedEvent",
    ("email", "unsubscribed"): "EmailUnsubscribedEvent",
    ("email", "bounced"): "EmailBouncedEvent",
    ("email", "dropped"): "EmailDroppedEvent",
    ("email", "spammed"): "EmailSpammedEvent",
    ("email", "failed"): "EmailFailedEvent",
    ("email", "undeliverable"): "EmailUndeliverableEvent",
    ("push", "drafted"): "PushDraftedEvent",
    ("push", "attempted"): "PushAttemptedEvent",
    ("push", "sent"): "PushSentEvent",
    ("push", "delivered"): "PushDeliveredEvent",
    ("push", "opened"): "PushOpenedEvent",
    ("push", "clicked"): "PushClickedEvent",
    ("push", "converted"): "PushConvertedEvent",
    ("push", "bounced"): "PushBouncedEvent",
    ("push", "dropped"): "PushDroppedEvent",
    ("push", "failed"): "PushFailedEvent",
    ("push", "undeliverable"): "PushUndeliverableEvent",
    ("in_app", "drafted"): "InAppDraftedEvent",
    ("in_app", "attempted"): "InAppAttemptedEvent",
    ("in_app", "sent"): "InAppSentEvent",
    ("in_app", "opened"): "InAppOpenedEvent",
    ("in_app", "clicked"): "InAppClickedEvent",
    ("in_app", "converted"): "InAppConvertedEvent",
    ("in_app", "failed"): "InAppFailedEvent",
    ("in_app", "undeliverable"): "InAppUndeliverableEvent",
    ("sms", "drafted"): "SmsDraftedEvent",
    ("sms", "attempted"): "SmsAttemptedEvent",
    ("sms", "sent"): "SmsSentEvent",
    ("sms", "delivered"): "SmsDeliveredEvent",
    ("sms", "clicked"): "SmsClickedEvent",
    ("sms", "converted"): "SmsConvertedEvent",
    ("sms", "bounced"): "SmsBouncedEvent",
    ("sms", "failed"): "SmsFailedEvent",
    ("sms", "undeliverable"): "SmsUndeliverableEvent",
    ("sms", "replied"): "SmsRepliedEvent",
    ("slack", "drafted"): "SlackDraftedEvent",
    ("slack", "attempted"): "SlackAttemptedEvent",
    ("slack", "sent"): "SlackSentEvent",
    ("slack", "clicked"): "SlackClickedEvent",
    ("slack", "failed"): "SlackFailedEvent",
    ("slack", "undeliverable"): "SlackUndeliverableEvent",
    ("webhook", "drafted"): "WebhookDraftedEvent",
    ("webhook", "attempted"): "WebhookAttemptedEvent",
    ("webhook", "sent"): "WebhookSentEvent",
    ("webhook", "clicked"): "WebhookClickedEvent",
    ("webhook", "failed"): "WebhookFailedEvent",
    ("webhook", "undeliverable"): "WebhookUndeliverableEvent",
    ("whatsapp", "drafted"): "WhatsAppDraftedEvent",
    ("whatsapp", "attempted"): "WhatsAppAttemptedEvent",
    ("whatsapp", "sent"): "WhatsAppSentEvent",
    ("whatsapp", "delivered"): "WhatsAppDeliveredEvent",
    ("whatsapp", "opened"): "WhatsAppOpenedEvent",
    ("whatsapp", "clicked"): "WhatsAppClickedEvent",
    ("whatsapp", "converted"): "WhatsAppConvertedEvent",
    ("whatsapp", "bounced"): "WhatsAppBouncedEvent",
    ("whatsapp", "dropped"): "WhatsAppDroppedEvent",
    ("whatsapp", "failed"): "WhatsAppFailedEvent",
    ("whatsapp", "undeliverable"): "WhatsAppUndeliverableEvent",
    ("whatsapp", "replied"): "WhatsAppRepliedEvent",
}

if TYPE_CHECKING:
    #: Every typed reporting-webhook event.
    TypedEvent: TypeAlias = (
        CustomerSubscribedEvent
        | CustomerSubscriptionPreferencesChangedEvent
        | CustomerUnsubscribedEvent
        | EmailAttemptedEvent
        | EmailBouncedEvent
        | EmailClickedEvent
        | EmailConvertedEvent
        | EmailDeliveredEvent
        | EmailDraftedEvent
        | EmailDroppedEvent
        | EmailFailedEvent
        | EmailOpenedEvent
        | EmailSentEvent
        | EmailSpammedEvent
        | EmailUndeliverableEvent
        | EmailUnsubscribedEvent
        | InAppAttemptedEvent
        | InAppClickedEvent
        | InAppConvertedEvent
        | InAppDraftedEvent
        | InAppFailedEvent
        | InAppOpenedEvent
        | InAppSentEvent
        | InAppUndeliverableEvent
        | PushAttemptedEvent
        | PushBouncedEvent
        | PushClickedEvent
        | PushConvertedEvent
        | PushDeliveredEvent
        | PushDraftedEvent
        | PushDroppedEvent
        | PushFailedEvent
        | PushOpenedEvent
        | PushSentEvent
        | PushUndeliverableEvent
        | SlackAttemptedEvent
        | SlackClickedEvent
        | SlackDraftedEvent
        | SlackFailedEvent
        | SlackSentEvent
        | SlackUndeliverableEvent
        | SmsAttemptedEvent
        | SmsBouncedEvent
        | SmsClickedEvent
        | SmsConvertedEvent
        | SmsDeliveredEvent
        | SmsDraftedEvent
        | SmsFailedEvent
        | SmsRepliedEvent
        | SmsSentEvent
        | SmsUndeliverableEvent
        | WebhookAttemptedEvent
        | WebhookClickedEvent
        | WebhookDraftedEvent
        | WebhookFailedEvent
        | WebhookSentEvent
        | WebhookUndeliverableEvent
        | WhatsAppAttemptedEvent
        | WhatsAppBouncedEvent
        | WhatsAppClickedEvent
        | WhatsAppConvertedEvent
        | WhatsAppDeliveredEvent
        | WhatsAppDraftedEvent
        | WhatsAppDroppedEvent
        | WhatsAppFailedEvent
        | WhatsAppOpenedEvent
        | WhatsAppRepliedEvent
        | WhatsAppSentEvent
        | WhatsAppUndeliverableEvent
    )
