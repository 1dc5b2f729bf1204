"""Rule packs: TOML files of rules that an office can read, edit and share."""

from core.check.rules.loader import Campaign, Rule, RuleFileError, RulePack, load_pack, load_packs

__all__ = ["Campaign", "Rule", "RuleFileError", "RulePack", "load_pack", "load_packs"]
