"""Fault injection over real HTTP on loopback: a scriptable server and the scenarios it drives."""
