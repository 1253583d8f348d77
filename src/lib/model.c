/*
 * model.c - the vocabulary of the model: act kinds and statuses, their data-file
 * names and their classes. Exports inforce_act_kind_*, inforce_status_name,
 * ifc_act_class.
 */
#include <string.h>

#include "internal.h"

static const struct {
	const char *name;
	enum act_class cls;
} kinds[INFORCE_ACT_KIND_COUNT] = {
	[INFORCE_ACT_SIGNATURE] = {"signature", ACT_CLASS_SIGNATURE},
	[INFORCE_ACT_RATIFICATION] = {"ratification", ACT_CLASS_CONSENT},
	[INFORCE_ACT_ACCEPTANCE] = {"acceptance", ACT_CLASS_CONSENT},
	[INFORCE_ACT_APPROVAL] = {"approval", ACT_CLASS_CONSENT},
	[INFORCE_ACT_ACCESSION] = {"accession", ACT_CLASS_CONSENT},
	[INFORCE_ACT_SUCCESSION] = {"succession", ACT_CLASS_CONSENT},
	[INFORCE_ACT_FORMAL_CONFIRMATION] = {"formal_confirmation", ACT_CLASS_CONSENT},
	[INFORCE_ACT_PROVISIONAL_APPLICATION] = {"provisional_application", ACT_CLASS_PROVISIONAL},
	[INFORCE_ACT_WITHDRAWAL] = {"withdrawal_notification", ACT_CLASS_WITHDRAWAL},
	[INFORCE_ACT_RATIFICATION_WITHDRAWAL] = {"ratification_withdrawal",
						 ACT_CLASS_RATIFICATION_WITHDRAWAL},
	[INFORCE_ACT_SUSPENSION] = {"suspension_notification", ACT_CLASS_SUSPENSION},
	[INFORCE_ACT_NON_PARTY_INTENTION] = {"non_party_intention", ACT_CLASS_INTENTION},
};

const char *inforce_act_kind_name(enum inforce_act_kind kind)
{
	return (unsigned)kind < INFORCE_ACT_KIND_COUNT ? kinds[kind].name : "?";
}

int inforce_act_kind_parse(const char *name, enum inforce_act_kind *out)
{
	for (int i = 0; i < INFORCE_ACT_KIND_COUNT; i++) {
		if (strcmp(kinds[i].name, name) == 0) {
			*out = (enum inforce_act_kind)i;
			return 0;
		}
	}
	return -1;
}

int ifc_day_rank(enum inforce_act_kind kind)
{
	/* A notification of withdrawal first: it ends the earlier participation before a
	 * consent of the same day starts the next (a re-accession on the day of the
	 * denunciation, as Guyana's in UNTC IV-5); then the kinds in their order. */
	return kind == INFORCE_ACT_WITHDRAWAL ? -1 : (int)kind;
}

enum act_class ifc_act_class(enum inforce_act_kind kind)
{
	return kinds[kind].cls;
}

int inforce_act_kind_is_consent(enum inforce_act_kind kind)
{
	return (unsigned)kind < INFORCE_ACT_KIND_COUNT && kinds[kind].cls == ACT_CLASS_CONSENT;
}

const char *inforce_status_name(enum inforce_status st)
{
	static const char *const names[INFORCE_ST_COUNT] = {
		[INFORCE_ST_NONE] = "none",
		[INFORCE_ST_SIGNATORY] = "signatory",
		[INFORCE_ST_CONTRACTING] = "contracting",
		[INFORCE_ST_PARTY] = "party",
		[INFORCE_ST_WITHDRAWN] = "withdrawn",
		[INFORCE_ST_CEASED] = "ceased",
	};
	return (unsigned)st < INFORCE_ST_COUNT ? names[st] : "?";
}
