"""The Voting area: ballots, capturing votes, the tally, the projector."""
